using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For people at a terminal: per document, a table of the nine principles with verdict and score, then the
/// findings as <c>file(line,col): severity ID: message</c> (a principle's suppressed and baselined failures are
/// counted on its line, since they still count in its verdict); at the end the run's own findings (configuration
/// suppressions) and a one-line summary. Each document is written as soon as it is done. Verdicts and severities are
/// coloured with ANSI codes when asked; the caller decides (a terminal, and <c>NO_COLOR</c> unset). Every value
/// from input goes through <see cref="MessageText"/>: the only escape codes are the formatter's own colours, and each
/// finding is one line.
/// </summary>
internal sealed class TextReportFormatter : ReportFormatter
{
    private const string Reset = "\u001b[0m";

    private readonly bool _colour;
    private readonly bool _showPassed;

    /// <summary>Creates the formatter.</summary>
    /// <param name="colour">Whether to colour verdicts and severities with ANSI escape codes.</param>
    /// <param name="showPassed">Whether to end with the rules that passed in each document (the evidence).</param>
    public TextReportFormatter(bool colour = false, bool showPassed = false)
    {
        _colour = colour;
        _showPassed = showPassed;
    }

    /// <inheritdoc/>
    public override string Name => "text";

    /// <summary>Whether the output is coloured with ANSI escape codes.</summary>
    public bool Colour => _colour;

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer, _colour, _showPassed ? new TextSpool() : null);

    /// <summary>
    /// Per document its heading, table and findings; at the end the run findings and the summary, then, when asked,
    /// the passed rules of every document (kept in a spool meanwhile, so memory does not grow with the run).
    /// </summary>
    private sealed class Writer(TextWriter writer, bool colour, TextSpool? passed) : ReportWriter
    {
        /// <summary>How many findings written have a code fix.</summary>
        private int _fixable;

        public override void Begin(ReportHeader header)
        {
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            var name = document.Name is { } n ? " - " + MessageText.Line(n) : string.Empty;
            writer.WriteLine($"{MessageText.Line(document.DisplayName(multiple))}{name}");
            writer.WriteLine($"as of {document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({Names.Describe(document.AsOfSource)}){(document.Evaluated ? string.Empty : "; " + Names.NotEvaluated)}");
            writer.WriteLine();
            WriteTable(document, writer, colour);
            writer.WriteLine();
            foreach (var finding in document.Findings)
            {
                writer.WriteLine(FormatFinding(finding, colour));
                _fixable += finding.Fixes.Count > 0 ? 1 : 0;
            }

            if (document.Findings.Count > 0)
            {
                writer.WriteLine();
            }

            if (passed is not null && document.Passed.Count > 0)
            {
                passed.Writer.NewLine = writer.NewLine;
                passed.Writer.WriteLine($"  {MessageText.Line(document.File ?? "<input>")}{(document.Index > 0 ? $" (document {document.Index + 1})" : string.Empty)}");
                foreach (var rule in document.Passed)
                {
                    passed.Writer.WriteLine($"    {rule.RuleId} {rule.Principle} {(rule.Path.Length == 0 ? "(document)" : MessageText.Line(rule.Path))}");
                }
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
            if (_fixable > 0)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_fixable} finding{(_fixable == 1 ? string.Empty : "s")} can be repaired by `norms fix`."));
            }

            if (passed is not null)
            {
                writer.WriteLine();
                writer.WriteLine("Passed rules (evidence):");
                passed.CopyTo(writer);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                passed?.Dispose();
            }

            base.Dispose(disposing);
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
            // Accepted failures still count in the verdict; saying how many sits on the principle's own line.
            var accepted = Names.Accepted(result);
            writer.WriteLine($"  {label}  {verdict} {score,6} {result.Passed,5} {failed,5} {result.Insufficient,5}{(accepted.Length > 0 ? $"  ({accepted})" : string.Empty)}");
        }
    }

    private static void WriteSummary(ReportEnd end, TextWriter writer)
    {
        writer.WriteLine(ReportSummary.Describe(end.Tally));
        if (end.Baseline is { } baseline)
        {
            writer.WriteLine(ReportSummary.Describe(baseline));
        }
    }

    private static string Label(Principle principle) => MessageText.Line(principle.Id + " " + principle.Title);

    private static string Paint(string text, string code, bool colour) =>
        colour && code.Length > 0 ? $"\u001b[{code}m{text}{Reset}" : text;

    private static string VerdictColour(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "32",
        Verdict.PartiallySatisfied => "33",
        Verdict.NotSatisfied => "1;31",
        Verdict.Undetermined => "35",
        Verdict.NotAssessed => "2;36",
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
