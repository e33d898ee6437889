namespace NormsEngine.Model;

/// <summary>Vulnerabilities and offensive tools (<c>nonProliferation</c>).</summary>
public sealed record NonProliferation
{
    /// <summary>What it does with vulnerabilities it finds.</summary>
    [Field("What it does with vulnerabilities it finds.")]
    public VulnerabilityDisposition? VulnerabilityDisposition { get; init; }

    /// <summary>A coordinated-disclosure policy for its own findings.</summary>
    [Field("A coordinated-disclosure policy for its own findings.")]
    public bool? DisclosurePolicy { get; init; }

    /// <summary>Inventory of offensive tools.</summary>
    [Field("Inventory of offensive tools.")]
    public bool? ToolInventory { get; init; }

    /// <summary>Access to those tools is restricted and logged.</summary>
    [Field("Access to those tools is restricted and logged.")]
    public bool? ToolAccessRestricted { get; init; }

    /// <summary>Buyers of intrusion capabilities are vetted.</summary>
    [Field("Buyers of intrusion capabilities are vetted.")]
    public bool? CustomerDueDiligence { get; init; }

    /// <summary>(Hosting providers) reports of malware or command-and-control servers on its services are acted on.</summary>
    [Field("(Hosting providers) reports of malware or command-and-control servers on its services are acted on (abuse handling).")]
    public bool? AbuseHandling { get; init; }
}
