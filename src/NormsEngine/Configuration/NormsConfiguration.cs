using NormsEngine.Diagnostics;

namespace NormsEngine.Configuration;

/// <summary>
/// The settings of <c>norms.config.yaml</c>, or the same settings built in code: packs, severity overrides,
/// thresholds, suppressions, the failing severity and the baseline.
/// </summary>
public sealed record NormsConfiguration
{
    /// <summary>No file: the Paris Call pack, default severities, fail on error.</summary>
    public static NormsConfiguration Default { get; } = new();

    /// <summary>The file this configuration was read from (the nearest one when several were merged), or <c>null</c>.</summary>
    public string? File { get; init; }

    /// <summary>Whether discovery stops at this file.</summary>
    public bool Root { get; init; }

    /// <summary>Packs to load: <c>paris-call</c> or paths to pack files, relative to the configuration file. Default: <c>[paris-call]</c>.</summary>
    public IReadOnlyList<string> Packs { get; init; } = ["paris-call"];

    /// <summary>Severity overrides: rule IDs, ID prefixes ending in <c>*</c>, and principles (<c>P3</c>).</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Threshold overrides by name.</summary>
    public IReadOnlyDictionary<string, decimal> Thresholds { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Suppressions.</summary>
    public IReadOnlyList<SuppressionRule> Suppressions { get; init; } = [];

    /// <summary>The lowest severity that fails the run; <see cref="Severity.None"/> never fails. Default: error.</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary>The baseline file, resolved against the configuration file's folder, or <c>null</c>.</summary>
    public string? Baseline { get; init; }

    /// <summary>Where each setting is written (YAML path in the configuration file to location), for later checks.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();
}
