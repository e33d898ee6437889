namespace NormsEngine.Model;

/// <summary>Endorsement of the Paris Call (<c>norms.parisCall</c>).</summary>
public sealed record ParisCallEndorsement
{
    /// <summary>Has endorsed the Paris Call.</summary>
    [Field("Has endorsed the Paris Call.")]
    public bool? Endorsed { get; init; }

    /// <summary>Date of endorsement.</summary>
    [Field("Date of endorsement.")]
    public DateOnly? Since { get; init; }
}
