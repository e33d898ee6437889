namespace NormsEngine.DependencyInjection;

/// <summary>A YAML pack file to load when the evaluator is created, after the other packs (whose thresholds it may name).</summary>
internal sealed record RulePackFileRegistration(string Path);
