using NRules.RuleModel;

namespace NormsEngine.Packs;

/// <summary>
/// A pack whose rules are NRules rule definitions built at load time (a YAML pack) rather than rule classes;
/// <see cref="Engine.CompiledRules"/> adds them to the same rule set as the C# rules.
/// </summary>
internal interface IRuleDefinitionSource
{
    /// <summary>The pack's rules, one definition per rule.</summary>
    IReadOnlyList<IRuleDefinition> Definitions { get; }
}
