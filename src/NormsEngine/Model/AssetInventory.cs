namespace NormsEngine.Model;

/// <summary>Asset inventories (<c>hygiene.inventory</c>).</summary>
public sealed record AssetInventory
{
    /// <summary>Hardware asset inventory.</summary>
    [Field("Hardware asset inventory.")]
    public bool? Hardware { get; init; }

    /// <summary>Software asset inventory.</summary>
    [Field("Software asset inventory.")]
    public bool? Software { get; init; }

    /// <summary>Last review of the inventories.</summary>
    [Field("Last review of the inventories.")]
    public DateOnly? LastReview { get; init; }
}
