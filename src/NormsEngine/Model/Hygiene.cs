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
}
