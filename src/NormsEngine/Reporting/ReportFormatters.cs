namespace NormsEngine.Reporting;

/// <summary>The output formats by their names on the command line (<c>--format NAME</c>).</summary>
public static class ReportFormatters
{
    /// <summary>Every format's name: text, msbuild, json, sarif, junit, markdown, github, gitlab, oscal, html.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "msbuild", "json", "sarif", "junit", "markdown", "github", "gitlab", "oscal", "html"];

    /// <summary>Creates the formatter for a format.</summary>
    /// <param name="name">The format's name, one of <see cref="Names"/> (case-insensitive).</param>
    /// <param name="colour">Whether the text format colours its output; the other formats ignore it.</param>
    /// <param name="showPassed">Whether the text format ends with the rules that passed (the other formats ignore it: json and SARIF always carry them).</param>
    /// <returns>The formatter.</returns>
    /// <exception cref="ArgumentException">The name is not a known format.</exception>
    public static IReportFormatter Create(string name, bool colour = false, bool showPassed = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "text" => new TextReportFormatter(colour, showPassed),
            "msbuild" => new MsBuildReportFormatter(),
            "json" => new JsonReportFormatter(),
            "sarif" => new SarifReportFormatter(),
            "junit" => new JUnitReportFormatter(),
            "markdown" => new MarkdownReportFormatter(),
            "github" => new GitHubReportFormatter(),
            "gitlab" => new GitLabReportFormatter(),
            "oscal" => new OscalReportFormatter(),
            "html" => new HtmlReportFormatter(),
            _ => throw new ArgumentException($"Unknown output format '{name}'; the formats are: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
