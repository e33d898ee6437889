using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For people at a terminal: per document, a table of the nine principles with verdict and score, then the
/// findings as <c>file(line,col): severity ID: message</c>, then a one-line summary. Verdicts and severities are
/// coloured with ANSI codes when asked; the caller decides (a terminal, and <c>NO_COLOR</c> unset).
/// </summary>
public sealed class TextReportFormatter : IReportFormatter
{
    private const string Reset = "\u001b[0m";

    private readonly bool _colour;

    /// <summary>Creates the formatter.</summary>
    /// <param name="colour">Whether to colour verdicts and severities with ANSI escape codes.</param>
    public TextReportFormatter(bool colour = false)
    {
        _colour = colour;
    }

    /// <inheritdoc/>
    public string Name => "text";

    /// <summary>Whether the output is coloured with ANSI escape codes.</summary>
    public bool Colour => _colour;

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var finding in report.RunFindings)
        {
            writer.WriteLine(FormatFinding(finding, _colour));
        }

        if (report.RunFindings.Count > 0)
        {
            writer.WriteLine();
        }

        var perFile = report.Documents.GroupBy(d => d.File).ToDictionary(g => g.Key ?? string.Empty, g => g.Count());
        foreach (var document in report.Documents)
        {
            var multiple = perFile[document.File ?? string.Empty] > 1;
            var name = document.Name is { } n ? " - " + n : string.Empty;
            writer.WriteLine($"{document.DisplayName(multiple)}{name}");
            writer.WriteLine($"as of {document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Names.Describe(document.AsOfSource)}){(document.Evaluated ? string.Empty : "; not evaluated: the document has errors")}");
            writer.WriteLine();
            WriteTable(document, writer);
            writer.WriteLine();
            foreach (var finding in document.Findings)
            {
                writer.WriteLine(FormatFinding(finding, _colour));
            }

            if (document.Findings.Count > 0)
            {
                writer.WriteLine();
            }
        }

        WriteSummary(report, writer);
    }

    /// <summary>A finding in the canonical compiler form, marked when suppressed or baselined.</summary>
    private static string FormatFinding(Finding finding, bool colour)
    {
        var severity = Paint(Names.Of(finding.Severity), SeverityColour(finding.Severity), colour);
        var state = finding.IsSuppressed ? " [suppressed]" : finding.BaselineState == BaselineState.Unchanged ? " [baselined]" : string.Empty;
        return $"{finding.Location.File ?? "<input>"}({finding.Location.Line},{finding.Location.Column}): {severity} {finding.RuleId}: {finding.Message}{state}";
    }

    private void WriteTable(DocumentReport document, TextWriter writer)
    {
        const int VerdictWidth = 19;
        var width = Math.Max(9, document.Principles.Max(p => p.Principle.Id.Length + 1 + p.Principle.Title.Length));
        writer.WriteLine($"  {"Principle".PadRight(width)}  {"Verdict",-VerdictWidth} {"Score",6} {"Pass",5} {"Fail",5} {"Data",5}");
        foreach (var result in document.Principles)
        {
            var label = (result.Principle.Id + " " + result.Principle.Title).PadRight(width);
            var score = result.Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";
            var failed = result.FailedError + result.FailedWarning + result.FailedInfo;
            var word = Names.Of(result.Verdict);

            // Pad outside the escape codes so that columns line up whether or not the output is coloured.
            var verdict = Paint(word, VerdictColour(result.Verdict), _colour) + new string(' ', Math.Max(0, VerdictWidth - word.Length));
            writer.WriteLine($"  {label}  {verdict} {score,6} {result.Passed,5} {failed,5} {result.Insufficient,5}");
        }
    }

    private static void WriteSummary(Report report, TextWriter writer)
    {
        var findings = report.AllFindings.Where(f => f.IsActive).ToList();
        var verdicts = report.Documents.SelectMany(d => d.Principles)
            .GroupBy(p => p.Verdict)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Names.Of(g.Key)}");
        var suppressed = report.AllFindings.Count(f => f.IsSuppressed);
        var baselined = report.AllFindings.Count(f => !f.IsSuppressed && f.BaselineState == BaselineState.Unchanged);
        var inactive = (suppressed > 0 ? $"; {suppressed} suppressed" : string.Empty) + (baselined > 0 ? $"; {baselined} baselined" : string.Empty);
        writer.WriteLine(
            $"{Count(report.Documents.Count, "document")}: {Count(findings.Count(f => f.Severity == Severity.Error), "error")}, " +
            $"{Count(findings.Count(f => f.Severity == Severity.Warning), "warning")}, {Count(findings.Count(f => f.Severity == Severity.Info), "info finding")}; " +
            $"verdicts: {string.Join(", ", verdicts)}{inactive}");
        if (report.Baseline is { } baseline)
        {
            writer.WriteLine($"baseline {baseline.File}: {baseline.New} new, {baseline.Unchanged} unchanged, {baseline.Absent} absent");
        }
    }

    private static string Paint(string text, string code, bool colour) =>
        colour && code.Length > 0 ? $"\u001b[{code}m{text}{Reset}" : text;

    private static string VerdictColour(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "32",
        Verdict.PartiallySatisfied => "33",
        Verdict.NotSatisfied => "1;31",
        Verdict.Undetermined => "35",
        _ => "2",
    };

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "1;31",
        Severity.Warning => "33",
        Severity.Info => "36",
        _ => string.Empty,
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
