using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace NormsEngine.Rules;

/// <summary>Turns rule classes into the rule definitions NRules compiles.</summary>
internal static class RuleDefinitions
{
    /// <summary>
    /// One definition per rule type. Rules are instantiated here rather than scanned: NRules' type scanner skips
    /// non-public rule classes, and packs keep their rules internal.
    /// </summary>
    /// <param name="ruleTypes">Rule classes with a parameterless constructor.</param>
    /// <returns>Their definitions.</returns>
    public static IEnumerable<IRuleDefinition> FromTypes(IReadOnlyList<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        if (ruleTypes.Count == 0)
        {
            return [];
        }

        var rules = new Rule[ruleTypes.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = (Rule)Activator.CreateInstance(ruleTypes[i], nonPublic: true)!;
        }

        return new RuleDefinitionFactory().Create(rules);
    }
}
