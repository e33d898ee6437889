using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For people at a terminal: per document, a table of the nine principles with verdict and score, then the
/// findings as <c>file(line,col): severity ID: message</c>, then a one-line summary.
/// </summary>
public sealed class TextReportFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public string Name => "text";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var perFile = report.Documents.GroupBy(d => d.File).ToDictionary(g => g.Key ?? string.Empty, g => g.Count());
        foreach (var document in report.Documents)
        {
            var multiple = perFile[document.File ?? string.Empty] > 1;
            var name = document.Name is { } n ? " - " + n : string.Empty;
            writer.WriteLine($"{document.DisplayName(multiple)}{name}");
            writer.WriteLine($"as of {document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Describe(document.AsOfSource)}){(document.Evaluated ? string.Empty : "; not evaluated: the document has errors")}");
            writer.WriteLine();
            WriteTable(document, writer);
            writer.WriteLine();
            foreach (var finding in document.Findings)
            {
                writer.WriteLine(FormatFinding(finding));
            }

            if (document.Findings.Count > 0)
            {
                writer.WriteLine();
            }
        }

        WriteSummary(report, writer);
    }

    /// <summary>A finding in the canonical compiler form.</summary>
    internal static string FormatFinding(Finding finding) =>
        $"{finding.Location.File ?? "<input>"}({finding.Location.Line},{finding.Location.Column}): {Names.Of(finding.Severity)} {finding.RuleId}: {finding.Message}{(finding.IsSuppressed ? " [suppressed]" : finding.BaselineState == BaselineState.Unchanged ? " [baselined]" : string.Empty)}";

    private static void WriteTable(DocumentReport document, TextWriter writer)
    {
        var width = Math.Max(9, document.Principles.Max(p => p.Principle.Id.Length + 1 + p.Principle.Title.Length));
        writer.WriteLine($"  {"Principle".PadRight(width)}  {"Verdict",-19} {"Score",6} {"Pass",5} {"Fail",5} {"Data",5}");
        foreach (var result in document.Principles)
        {
            var label = (result.Principle.Id + " " + result.Principle.Title).PadRight(width);
            var score = result.Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";
            var failed = result.FailedError + result.FailedWarning + result.FailedInfo;
            writer.WriteLine($"  {label}  {Names.Of(result.Verdict),-19} {score,6} {result.Passed,5} {failed,5} {result.Insufficient,5}");
        }
    }

    private static void WriteSummary(Report report, TextWriter writer)
    {
        var findings = report.Documents.SelectMany(d => d.Findings).Where(f => f.IsActive).ToList();
        var verdicts = report.Documents.SelectMany(d => d.Principles)
            .GroupBy(p => p.Verdict)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Names.Of(g.Key)}");
        writer.WriteLine(
            $"{Count(report.Documents.Count, "document")}: {Count(findings.Count(f => f.Severity == Severity.Error), "error")}, " +
            $"{Count(findings.Count(f => f.Severity == Severity.Warning), "warning")}, {Count(findings.Count(f => f.Severity == Severity.Info), "info finding")}; " +
            $"verdicts: {string.Join(", ", verdicts)}");
    }

    private static string Describe(AsOfSource source) => source switch
    {
        AsOfSource.Caller => "given by the caller",
        AsOfSource.Document => "metadata.assessedOn",
        _ => "today",
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
