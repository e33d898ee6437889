using NormsEngine.Diagnostics;
using NormsEngine.Rules;

namespace Contoso.Norms;

/// <summary>Contoso Advisory's supplier-concentration pack. Load it with <c>AddRulePack&lt;ContosoPack&gt;()</c> or <c>--pack Contoso.Norms.dll</c>.</summary>
public sealed class ContosoPack : IRulePack
{
    /// <inheritdoc/>
    public string Id => "contoso.concentration";

    /// <inheritdoc/>
    public string Version => "1.0.0";

    /// <inheritdoc/>
    public string Title => "Contoso supplier concentration";

    /// <inheritdoc/>
    public string Owner => "Contoso Advisory";

    /// <inheritdoc/>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [UnvettedProductionAccessPair.Descriptor];

    /// <inheritdoc/>
    public IReadOnlyList<Type> RuleTypes { get; } = [typeof(UnvettedProductionAccessPair)];

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>();

    /// <inheritdoc/>
    public IReadOnlyList<Principle> Principles { get; } = [];
}
