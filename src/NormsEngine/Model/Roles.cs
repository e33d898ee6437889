namespace NormsEngine.Model;

/// <summary>Role switches (<c>roles</c>). They decide which rules apply; omitted means false or empty.</summary>
public sealed record Roles
{
    /// <summary>Operates critical infrastructure (energy, health, water, transport, finance, ...).</summary>
    [Field("Operates critical infrastructure (energy, health, water, transport, finance, ...).")]
    public bool CriticalInfrastructure { get; init; }

    /// <summary>Status under the EU NIS2 directive; default <see cref="Model.Nis2Entity.None"/>.</summary>
    [Field("Status under the EU NIS2 directive; default none.")]
    public Nis2Entity Nis2Entity { get; init; }

    /// <summary>Produces software or connected products for others.</summary>
    [Field("Produces software or connected products for others.")]
    public bool DevelopsSoftware { get; init; }

    /// <summary>Runs services reachable from the Internet.</summary>
    [Field("Runs services reachable from the Internet.")]
    public bool InternetFacing { get; init; }

    /// <summary>Sells security services (MSSP, incident response, penetration testing).</summary>
    [Field("Sells security services (MSSP, incident response, penetration testing).")]
    public bool SecurityServicesProvider { get; init; }

    /// <summary>Finds vulnerabilities in others' products.</summary>
    [Field("Finds vulnerabilities in others' products.")]
    public bool SecurityResearch { get; init; }

    /// <summary>Holds exploits, implants or other offensive tools.</summary>
    [Field("Holds exploits, implants or other offensive tools.")]
    public bool OffensiveTooling { get; init; }

    /// <summary>Sells intrusion software or services.</summary>
    [Field("Sells intrusion software or services.")]
    public bool SellsIntrusionCapabilities { get; init; }

    /// <summary>Holds trade secrets or confidential business information.</summary>
    [Field("Holds trade secrets or confidential business information.")]
    public bool HoldsTradeSecrets { get; init; }

    /// <summary>Runs its own CSIRT or PSIRT.</summary>
    [Field("Runs its own CSIRT or PSIRT.")]
    public bool HasCsirt { get; init; }

    /// <summary>Its roles in elections; empty when it has none.</summary>
    [Field("Its roles in elections; default none.")]
    public IReadOnlyList<ElectionRole> ElectionRoles { get; init; } = [];

    // Role switches default to false / empty: they are declared, never inferred.
}
