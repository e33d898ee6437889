namespace NormsEngine.Model;

/// <summary>One organisation's declared security practices: the root of a practices document (<c>kind: Organisation</c>).</summary>
public sealed record Organisation
{
    /// <summary>Who the organisation is: name, kind of actor, country, sector and assessment date.</summary>
    [Field("Who the organisation is.")]
    public OrganisationMetadata Metadata { get; init; } = new();

    /// <summary>Role switches that decide which rules apply; omitted switches are false or empty.</summary>
    [Field("Role switches that decide which rules apply; omitted means false or empty.")]
    public Roles Roles { get; init; } = new();

    /// <summary>Internet routing and DNS operations.</summary>
    [Field("Internet routing and DNS operations.")]
    public Network Network { get; init; } = new();

    /// <summary>Incident-response plan, escalation, reporting and retainer.</summary>
    [Field("Incident-response plan, escalation, reporting and retainer.")]
    public IncidentResponse IncidentResponse { get; init; } = new();

    /// <summary>Backups and recovery objectives.</summary>
    [Field("Backups and recovery objectives.")]
    public Resilience Resilience { get; init; } = new();

    /// <summary>Cyber hygiene: MFA, patching, inventory, training, end-of-life software.</summary>
    [Field("Cyber hygiene: MFA, patching, inventory, training, end-of-life software.")]
    public Hygiene Hygiene { get; init; } = new();

    /// <summary>Secure development lifecycle, SBOMs and vulnerability disclosure.</summary>
    [Field("Secure development lifecycle, SBOMs and vulnerability disclosure.")]
    public Lifecycle Lifecycle { get; init; } = new();

    /// <summary>Suppliers and how they are governed.</summary>
    [Field("Suppliers and how they are governed.")]
    public SupplyChain SupplyChain { get; init; } = new();

    /// <summary>Protection of intellectual property and trade secrets.</summary>
    [Field("Protection of intellectual property and trade secrets.")]
    public IntellectualProperty IntellectualProperty { get; init; } = new();

    /// <summary>What the organisation does with vulnerabilities and offensive tools.</summary>
    [Field("What the organisation does with vulnerabilities and offensive tools.")]
    public NonProliferation NonProliferation { get; init; } = new();

    /// <summary>Election security.</summary>
    [Field("Election security.")]
    public Elections Elections { get; init; } = new();

    /// <summary>Responses to attacks, and the hack-back policy.</summary>
    [Field("Responses to attacks, and the hack-back policy.")]
    public HackBack HackBack { get; init; } = new();

    /// <summary>Commitments to international norms and information sharing.</summary>
    [Field("Commitments to international norms and information sharing.")]
    public NormsCommitments Norms { get; init; } = new();

    /// <summary>
    /// Extension fields (names starting with <c>x-</c>) anywhere in the document, keyed by YAML path
    /// (for example <c>x-sector.code</c> or <c>supplyChain.suppliers[0].x-tier</c>). Values are
    /// <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/>, <c>null</c>,
    /// lists of values, or nested dictionaries.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions;

    private static readonly IReadOnlyDictionary<string, object?> EmptyExtensions =
        new Dictionary<string, object?>(StringComparer.Ordinal);
}
