using NormsEngine.Diagnostics;
using NRules.RuleModel;

namespace NormsEngine.Rules;

/// <summary>
/// A set of rule descriptors and the NRules rules behind them. The built-in Paris Call pack is one; custom packs
/// (C# or YAML) are others. All loaded packs compile into one NRules session factory. YAML packs come from
/// <c>RulePackFile</c>; C# packs implement this interface.
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
    /// NRules rule types (classes deriving from <c>NRules.Fluent.Dsl.Rule</c> with a parameterless constructor, public
    /// or not) of a pack written in C#. Empty for a pack that gives its rules as definitions, such as a YAML pack.
    /// </summary>
    IReadOnlyList<Type> RuleTypes { get; }

    /// <summary>
    /// The pack's rules as NRules rule definitions, the form NRules compiles (what an NRules
    /// <c>IRuleRepository</c> gives through its rule sets). Every loaded pack's definitions join one rule set, so all
    /// packs share one Rete network. By default built from <see cref="RuleTypes"/>; a pack whose rules are built
    /// another way (a YAML pack, rules generated in code with <c>NRules.RuleModel.Builders</c>) returns its own.
    /// </summary>
    /// <returns>One definition per rule.</returns>
    IEnumerable<IRuleDefinition> GetRuleDefinitions() => RuleDefinitions.FromTypes(RuleTypes);

    /// <summary>Thresholds the pack's rules read, with their defaults; configuration may override them.</summary>
    IReadOnlyDictionary<string, decimal> Thresholds { get; }

    /// <summary>The principles the pack defines texts for (the Paris Call pack defines P1 to P9); usually empty.</summary>
    IReadOnlyList<Principle> Principles { get; }

    /// <summary>
    /// The scopes the pack's rules name in their <c>scope:NAME</c> tag; by default none. A described scope decides
    /// when the C# rules that name it apply (the engine tests it once per document and keeps their activations off
    /// the agenda when it does not hold, so their <c>When()</c> needs no condition for it), and explanations show it.
    /// A rule whose scope is not listed is left to its own conditions and explained without its scope's values.
    /// </summary>
    IReadOnlyList<RuleScope> Scopes => [];
}
