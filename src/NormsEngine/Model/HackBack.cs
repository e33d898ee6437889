namespace NormsEngine.Model;

/// <summary>Responses to attacks (<c>hackBack</c>).</summary>
public sealed record HackBack
{
    /// <summary>A written policy that forbids hacking back.</summary>
    [Field("A written policy that forbids hacking back.")]
    public bool? PolicyProhibits { get; init; }

    /// <summary>What it does in response to attacks; <c>null</c> when not declared.</summary>
    [Field("What it does in response to attacks; the last two stay inside its own estate.")]
    public IReadOnlyList<HackBackPractice>? Practices { get; init; }

    /// <summary>The authority it acts under.</summary>
    [Field("The authority it acts under; default none.")]
    public LegalAuthority? LegalAuthority { get; init; }

    /// <summary>Offers counter-attacks to clients.</summary>
    [Field("Offers counter-attacks to clients.")]
    public bool? OffersOffensiveResponse { get; init; }
}
