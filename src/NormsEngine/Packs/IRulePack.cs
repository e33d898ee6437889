using NormsEngine.Diagnostics;

namespace NormsEngine.Packs;

/// <summary>
/// A set of rule descriptors and the NRules rules behind them. The built-in Paris Call pack is one; custom packs
/// (C# or YAML) are others. All loaded packs compile into one NRules session factory. YAML packs come from
/// <see cref="RulePackFile"/>; C# packs implement this interface.
/// </summary>
public interface IRulePack
{
    /// <summary>Unique pack ID, referenced from configuration (for example <c>paris-call</c>).</summary>
    string Id { get; }

    /// <summary>SemVer version, shown in reports and SARIF.</summary>
    string Version { get; }

    /// <summary>Human title.</summary>
    string Title { get; }

    /// <summary>Who maintains the pack.</summary>
    string Owner { get; }

    /// <summary>Descriptors of every rule in the pack.</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>
    /// NRules rule types (classes deriving from <c>NRules.Fluent.Dsl.Rule</c> with a parameterless constructor). Empty for a
    /// pack loaded by <see cref="RulePackFile"/>, whose rules are compiled from the YAML into rule definitions.
    /// </summary>
    IReadOnlyList<Type> RuleTypes { get; }

    /// <summary>Thresholds the pack's rules read, with their defaults; configuration may override them.</summary>
    IReadOnlyDictionary<string, decimal> Thresholds { get; }

    /// <summary>The principles the pack defines texts for (the Paris Call pack defines P1 to P9); usually empty.</summary>
    IReadOnlyList<Principle> Principles { get; }
}
