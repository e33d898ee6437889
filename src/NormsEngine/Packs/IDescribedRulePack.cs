using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>
/// A rule pack whose rules can say in words what they check. Packs loaded from YAML (<see cref="RulePackFile"/>) are
/// such packs; <c>norms rules docs</c> writes its rule pages from these descriptions, not from the pack's text.
/// </summary>
public interface IDescribedRulePack : IRulePack
{
    /// <summary>Describes the rule <paramref name="ruleId"/>; thresholds are shown with the pack's default values.</summary>
    /// <param name="ruleId">A rule of this pack.</param>
    /// <param name="code">
    /// Sets off paths, text values, patterns and threshold names from the words around them, for example in Markdown
    /// code spans; they are given as written when <c>null</c>.
    /// </param>
    /// <returns>The description, or <c>null</c> when the pack has no such rule.</returns>
    RuleDescription? Describe(string ruleId, Func<string, string>? code = null);
}
