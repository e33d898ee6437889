using NormsEngine.Diagnostics;

namespace NormsEngine.Cli.Commands;

/// <summary>What a run over documents was asked to do, from the command line.</summary>
/// <param name="Inputs">Files, folders, globs and <c>-</c>, as given.</param>
/// <param name="ConfigurationFile">The <c>--config</c> file, or <c>null</c> to discover <c>norms.config.yaml</c>.</param>
/// <param name="BaselineFile">The <c>--baseline</c> file, or <c>null</c> for the configuration's.</param>
/// <param name="UseBaseline">Whether to compare with a baseline at all (<c>baseline create</c> does not).</param>
/// <param name="FailOn">The <c>--fail-on</c> severity, or <c>null</c> for the configuration's.</param>
/// <param name="AsOf">The <c>--as-of</c> date, or <c>null</c>.</param>
/// <param name="Packs">The <c>--pack</c> files, loaded besides the configuration's packs.</param>
internal sealed record CheckSettings(
    IReadOnlyList<string> Inputs,
    string? ConfigurationFile,
    string? BaselineFile,
    bool UseBaseline,
    Severity? FailOn,
    DateOnly? AsOf,
    IReadOnlyList<string> Packs)
{
    /// <summary>Whether to explain every outcome (<c>norms explain</c>, <c>norms check --explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>Whether the reports carry their input's text, for an output that quotes the YAML (<c>--format html</c>).</summary>
    public bool IncludeSourceText { get; init; }
}
