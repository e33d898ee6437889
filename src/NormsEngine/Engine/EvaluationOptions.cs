using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Engine;

/// <summary>Options for one evaluation; every setting is optional.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The default options.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>The as-of date for age checks; overrides <c>metadata.assessedOn</c> and the clock.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Reader safety limits; <c>null</c> for <see cref="ReaderLimits.Default"/>.</summary>
    public ReaderLimits? Limits { get; init; }

    /// <summary>Threshold overrides by name (for example <c>criticalPatchSlaDays: 7</c>).</summary>
    public IReadOnlyDictionary<string, decimal> Thresholds { get; init; } = new Dictionary<string, decimal>();

    /// <summary>
    /// Severity overrides by rule ID, by ID prefix ending in <c>*</c> (the longest match wins), or by principle
    /// (<c>P3</c>); <see cref="Severity.None"/> turns a rule off.
    /// </summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();
}
