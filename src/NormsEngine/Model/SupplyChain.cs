namespace NormsEngine.Model;

/// <summary>Suppliers (<c>supplyChain</c>).</summary>
public sealed record SupplyChain
{
    /// <summary>An inventory of suppliers.</summary>
    [Field("An inventory of suppliers.")]
    public bool? SupplierInventory { get; init; }

    /// <summary>Suppliers, in document order; <c>null</c> when not declared.</summary>
    [Field("Suppliers; each supplier is its own fact, with its own location.")]
    public IReadOnlyList<Supplier>? Suppliers { get; init; }
}
