namespace NormsEngine.Diagnostics;

/// <summary>The settings a run used, as reports state them (SARIF puts them in the invocation).</summary>
public sealed record RunSettings
{
    /// <summary>The configuration file, or <c>null</c> when none was found.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>The lowest severity that fails the run.</summary>
    public Severity FailOn { get; init; } = Severity.Error;

    /// <summary>The loaded packs' IDs.</summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    /// <summary>Severity overrides by rule ID, ID prefix (<c>PC07*</c>) or principle (<c>P3</c>).</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Threshold overrides by name.</summary>
    public IReadOnlyDictionary<string, decimal> ThresholdOverrides { get; init; } = new Dictionary<string, decimal>();
}
