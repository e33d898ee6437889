using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For people at a terminal: per document, a table of the nine principles with verdict and score, then the
/// findings as <c>file(line,col): severity ID: message</c>; at the end the run's own findings (configuration
/// suppressions) and a one-line summary. Each document is written as soon as it is done. Verdicts and severities are
/// coloured with ANSI codes when asked; the caller decides (a terminal, and <c>NO_COLOR</c> unset). Every value
/// from input goes through <see cref="MessageText"/>: the only escape codes are the formatter's own colours, and each
/// finding is one line.
/// </summary>
public sealed class TextReportFormatter : IStreamingReportFormatter
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
    public void Write(Report report, TextWriter writer) => ReportWriter.WriteReport(Open(writer), report);

    /// <inheritdoc/>
    ReportWriter IStreamingReportFormatter.Open(TextWriter writer) => Open(writer);

    private Writer Open(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new Writer(writer, _colour);
    }

    /// <summary>Per document its heading, table and findings; at the end the run findings and the summary.</summary>
    private sealed class Writer(TextWriter writer, bool colour) : ReportWriter
    {
        public override void Begin(ReportHeader header)
        {
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            var name = document.Name is { } n ? " - " + MessageText.Line(n) : string.Empty;
            writer.WriteLine($"{MessageText.Line(document.DisplayName(multiple))}{name}");
            writer.WriteLine($"as of {document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Names.Describe(document.AsOfSource)}){(document.Evaluated ? string.Empty : "; not evaluated: the document has errors")}");
            writer.WriteLine();
            WriteTable(document, writer, colour);
            writer.WriteLine();
            foreach (var finding in document.Findings)
            {
                writer.WriteLine(FormatFinding(finding, colour));
            }

            if (document.Findings.Count > 0)
            {
                writer.WriteLine();
            }
        }

        public override void End(ReportEnd end)
        {
            // Run findings come last: whether a configuration suppression matched anything is known at the end.
            foreach (var finding in end.RunFindings)
            {
                writer.WriteLine(FormatFinding(finding, colour));
            }

            if (end.RunFindings.Count > 0)
            {
                writer.WriteLine();
            }

            WriteSummary(end, writer);
        }
    }

    /// <summary>A finding in the canonical compiler form, marked when suppressed or baselined.</summary>
    private static string FormatFinding(Finding finding, bool colour)
    {
        var severity = Paint(Names.Of(finding.Severity), SeverityColour(finding.Severity), colour);
        var state = finding.IsSuppressed ? " [suppressed]" : finding.BaselineState == BaselineState.Unchanged ? " [baselined]" : string.Empty;
        return $"{MessageText.Line(finding.Location.File ?? "<input>")}({finding.Location.Line},{finding.Location.Column}): {severity} {finding.RuleId}: {MessageText.Line(finding.Message)}{state}";
    }

    private static void WriteTable(DocumentReport document, TextWriter writer, bool colour)
    {
        const int VerdictWidth = 19;
        var width = 9;
        foreach (var result in document.Principles)
        {
            width = Math.Max(width, Label(result.Principle).Length);
        }

        writer.WriteLine($"  {"Principle".PadRight(width)}  {"Verdict",-VerdictWidth} {"Score",6} {"Pass",5} {"Fail",5} {"Data",5}");
        foreach (var result in document.Principles)
        {
            var label = Label(result.Principle).PadRight(width);
            var score = result.Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";
            var failed = result.FailedError + result.FailedWarning + result.FailedInfo;
            var word = Names.Of(result.Verdict);

            // Pad outside the escape codes so that columns line up whether or not the output is coloured.
            var verdict = Paint(word, VerdictColour(result.Verdict), colour) + new string(' ', Math.Max(0, VerdictWidth - word.Length));
            writer.WriteLine($"  {label}  {verdict} {score,6} {result.Passed,5} {failed,5} {result.Insufficient,5}");
        }
    }

    private static void WriteSummary(ReportEnd end, TextWriter writer)
    {
        writer.WriteLine(Summary(end.Tally));
        if (end.Baseline is { } baseline)
        {
            writer.WriteLine(Summary(baseline));
        }
    }

    /// <summary>
    /// The summary line: documents, active findings, verdicts (none given, none shown), suppressed, baselined. The
    /// tool's summary on standard error, for the other formats, is made of the same lines, so that both count alike.
    /// </summary>
    internal static string Summary(ReportTally tally)
    {
        var text = $"{Count(tally.Documents, "document")}: {Count(tally.Errors, "error")}, "
            + $"{Count(tally.Warnings, "warning")}, {Count(tally.Infos, "info finding")}";
        if (tally.Verdicts.Any())
        {
            text += $"; verdicts: {string.Join(", ", tally.Verdicts.Select(v => $"{v.Count} {Names.Of(v.Verdict)}"))}";
        }

        return text + (tally.Suppressed > 0 ? $"; {tally.Suppressed} suppressed" : string.Empty) + (tally.Baselined > 0 ? $"; {tally.Baselined} baselined" : string.Empty);
    }

    /// <summary>The baseline line: how the findings compare with the baseline.</summary>
    internal static string Summary(BaselineSummary baseline) =>
        $"baseline {MessageText.Line(baseline.File)}: {baseline.New} new, {baseline.Unchanged} unchanged, {baseline.Absent} absent";

    private static string Label(Principle principle) => MessageText.Line(principle.Id + " " + principle.Title);

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
