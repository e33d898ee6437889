using NormsEngine.Configuration;
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

    /// <summary>Suppressions from configuration; in-document <c># norms-ignore</c> comments always apply too.</summary>
    public IReadOnlyList<SuppressionRule> Suppressions { get; init; } = [];

    /// <summary>The baseline: findings whose fingerprints it holds are reported as baselined.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>
    /// Whether to explain every outcome (<see cref="DocumentReport.Explanations"/>): the scope, the values read with
    /// their lines, the thresholds and their sources, the as-of date. Off by default: explaining costs time and memory.
    /// </summary>
    public bool Explain { get; init; }

    /// <summary>
    /// Whether each <see cref="DocumentReport"/> carries the text of its input (<see cref="DocumentReport.SourceText"/>),
    /// so that a report can quote the YAML lines around a finding (the <c>html</c> format does). Off by default: the
    /// reports then hold no reference to the input text.
    /// </summary>
    public bool IncludeSourceText { get; init; }

    /// <summary>
    /// Where the configuration sets each setting, by its path in the configuration file (<c>thresholds.maxNotificationHours</c>,
    /// <c>rules.PC0901</c>, <c>principles.P3</c>), so that explanations can name the line; filled by <see cref="FromConfiguration"/>.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> SettingLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Options carrying a configuration's severities, thresholds and suppressions (not its baseline: load that with <see cref="Configuration.Baseline.Load"/>).</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    public static EvaluationOptions FromConfiguration(NormsConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new EvaluationOptions
        {
            Severities = configuration.Severities,
            Thresholds = configuration.Thresholds,
            Suppressions = configuration.Suppressions,
            SettingLocations = configuration.Locations,
        };
    }
}
