using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For IDEs and problem matchers: one line per finding that counts, in the canonical compiler form
/// <c>file(line,col): error ID: message</c>. Run findings come first, then each document's in document order;
/// suppressed and baselined findings are left out, and so is everything else (no tables, no summary).
/// </summary>
public sealed class MsBuildReportFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public string Name => "msbuild";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        // A run finding without a file is the tool's own; a document finding without one came from standard input.
        foreach (var finding in report.RunFindings.Where(Counts))
        {
            writer.Write(Format(finding, "norms"));
            writer.Write('\n');
        }

        foreach (var finding in report.Documents.SelectMany(d => d.Findings).Where(Counts))
        {
            writer.Write(Format(finding, "<input>"));
            writer.Write('\n');
        }
    }

    /// <summary>One finding as a compiler prints it; without a position it is <c>file: error ID: message</c>.</summary>
    internal static string Format(Finding finding, string noFile)
    {
        var location = finding.Location;
        var origin = location.File ?? noFile;
        var position = location.Line > 0 ? $"({location.Line},{Math.Max(1, location.Column)})" : string.Empty;
        return $"{origin}{position}: {Names.Of(finding.Severity)} {finding.RuleId}: {OneLine(finding.Message)}";
    }

    private static bool Counts(Finding finding) => finding.IsActive && finding.Severity != Severity.None;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
