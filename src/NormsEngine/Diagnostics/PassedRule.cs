namespace NormsEngine.Diagnostics;

/// <summary>Evidence: a rule that applied and passed for one target.</summary>
/// <param name="RuleId">The rule's ID.</param>
/// <param name="Principle">The rule's principle, <c>P1</c> to <c>P9</c>.</param>
/// <param name="Path">The YAML path of the value that decided it (or of the target).</param>
public sealed record PassedRule(string RuleId, string? Principle, string Path);
