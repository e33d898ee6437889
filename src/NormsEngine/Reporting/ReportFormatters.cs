namespace NormsEngine.Reporting;

/// <summary>The output formats by their names on the command line (<c>--format NAME</c>).</summary>
public static class ReportFormatters
{
    /// <summary>Every format's name: text, msbuild, json, sarif, junit, markdown, github.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "msbuild", "json", "sarif", "junit", "markdown", "github"];

    /// <summary>Creates the formatter for a format.</summary>
    /// <param name="name">The format's name, one of <see cref="Names"/> (case-insensitive).</param>
    /// <param name="colour">Whether the text format colours its output; the other formats ignore it.</param>
    /// <returns>The formatter.</returns>
    /// <exception cref="ArgumentException">The name is not a known format.</exception>
    public static IReportFormatter Create(string name, bool colour = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "text" => new TextReportFormatter(colour),
            "msbuild" => new MsBuildReportFormatter(),
            "json" => new JsonReportFormatter(),
            "sarif" => new SarifReportFormatter(),
            "junit" => new JUnitReportFormatter(),
            "markdown" => new MarkdownReportFormatter(),
            "github" => new GitHubReportFormatter(),
            _ => throw new ArgumentException($"Unknown output format '{name}'; the formats are: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Opens a format's writer for a run written as it goes (see <see cref="ReportWriter"/>).</summary>
    /// <param name="name">The format's name, one of <see cref="Names"/> (case-insensitive).</param>
    /// <param name="colour">Whether the text format colours its output.</param>
    /// <param name="writer">Where the output goes; the caller flushes and closes it.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException">The name is not a known format.</exception>
    internal static ReportWriter Open(string name, bool colour, TextWriter writer) =>
        ((IStreamingReportFormatter)Create(name, colour)).Open(writer);
}
