namespace NormsEngine.Model;

/// <summary>Commitments to international norms (<c>norms</c>).</summary>
public sealed record NormsCommitments
{
    /// <summary>Endorsement of the Paris Call.</summary>
    [Field("Endorsement of the Paris Call.")]
    public ParisCallEndorsement ParisCall { get; init; } = new();

    /// <summary>FIRST membership of its CSIRT.</summary>
    [Field("FIRST membership of its CSIRT.")]
    public FirstMembership? FirstMembership { get; init; }

    /// <summary>Information sharing and analysis centres it belongs to; <c>null</c> when not declared.</summary>
    [Field("Information sharing and analysis centres it belongs to.")]
    public IReadOnlyList<string>? Isacs { get; init; }

    /// <summary>Shares threat intelligence with peers.</summary>
    [Field("Shares threat intelligence with peers.")]
    public bool? SharesThreatIntel { get; init; }

    /// <summary>(State agencies) a point of contact for confidence-building measures.</summary>
    [Field("(State agencies) a point of contact for confidence-building measures.")]
    public bool? ConfidenceBuildingContactPoint { get; init; }
}
