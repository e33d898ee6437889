namespace NormsEngine.Model;

/// <summary>Election security (<c>elections</c>).</summary>
public sealed record Elections
{
    /// <summary>A channel to the election authority or national CSIRT.</summary>
    [Field("A channel to the election authority or national CSIRT.")]
    public bool? LiaisonWithNationalAuthority { get; init; }

    /// <summary>Date of the next election.</summary>
    [Field("Date of the next election.")]
    public DateOnly? NextElection { get; init; }

    /// <summary>Last election-security exercise.</summary>
    [Field("Last election-security exercise.")]
    public DateOnly? LastExercise { get; init; }

    /// <summary>Staff accounts behind phishing-resistant MFA (FIDO2, smart cards), 0 to 100.</summary>
    [Field("Staff accounts behind phishing-resistant MFA (FIDO2, smart cards).")]
    public decimal? StaffPhishingResistantMfaPct { get; init; }

    /// <summary>A process to detect and respond to influence operations.</summary>
    [Field("A process to detect and respond to influence operations.")]
    public bool? InfluenceOperationResponse { get; init; }

    /// <summary>(Election bodies) voter registers and tallies have offline backups and tamper-evident audit trails.</summary>
    [Field("(Election bodies) voter registers and tallies have offline backups and tamper-evident audit trails.")]
    public bool? RecordsBackedUpAndAudited { get; init; }

    /// <summary>(Election bodies) the publication of results is protected against denial-of-service attacks.</summary>
    [Field("(Election bodies) the publication of results is protected against denial-of-service attacks.")]
    public bool? ResultsDdosProtection { get; init; }
}
