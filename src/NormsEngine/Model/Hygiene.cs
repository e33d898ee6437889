namespace NormsEngine.Model;

/// <summary>Cyber hygiene (<c>hygiene</c>).</summary>
public sealed record Hygiene
{
    /// <summary>Multi-factor authentication coverage.</summary>
    [Field("Multi-factor authentication coverage.")]
    public Mfa Mfa { get; init; } = new();

    /// <summary>Patching cadence and SLAs.</summary>
    [Field("Patching cadence and SLAs.")]
    public Patching Patching { get; init; } = new();

    /// <summary>Asset inventories.</summary>
    [Field("Asset inventories.")]
    public AssetInventory Inventory { get; init; } = new();

    /// <summary>Security training.</summary>
    [Field("Security training.")]
    public Training Training { get; init; } = new();

    /// <summary>End-of-life software products still in use.</summary>
    [Field("End-of-life software products still in use.")]
    public int? EndOfLifeSoftwareCount { get; init; }

    /// <summary>Days audit logs are kept; 0 when they are not collected.</summary>
    [Field("Days audit logs are kept across its systems; 0 when they are not collected.", Kind = FieldKind.Days)]
    public int? AuditLogRetentionDays { get; init; }

    /// <summary>Systems (servers and end-user devices) running maintained anti-malware software, 0 to 100.</summary>
    [Field("Systems (servers and end-user devices) running maintained anti-malware software.")]
    public decimal? AntiMalwarePct { get; init; }

    /// <summary>The DMARC policy published for its email domains.</summary>
    [Field("The DMARC policy published for its email domains (none when there is no DMARC record).")]
    public DmarcPolicy? DmarcPolicy { get; init; }

    /// <summary>Administrator privileges are used only from dedicated administrator accounts.</summary>
    [Field("Administrator privileges are used only from dedicated administrator accounts, not from everyday accounts.")]
    public bool? DedicatedAdminAccounts { get; init; }

    /// <summary>Systems are configured from documented secure configuration baselines.</summary>
    [Field("Systems are configured from documented secure configuration baselines.")]
    public bool? SecureConfigurationBaseline { get; init; }
}
