using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For IDEs and problem matchers: one line per finding that counts, in the canonical compiler form
/// <c>file(line,col): error ID: message</c>: each document's findings in document order, then the run's;
/// suppressed and baselined findings are left out (but for the error that kept a document from being evaluated: that
/// fails the run whatever became of it), and so is everything else (no tables, no summary). File names
/// and messages go through <see cref="MessageText"/>, so that each finding stays on its one line.
/// </summary>
internal sealed class MsBuildReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Name => "msbuild";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    private sealed class Writer(TextWriter writer) : ReportWriter
    {
        public override void Begin(ReportHeader header)
        {
        }

        // A document finding without a file came from standard input; a run finding without one is the tool's own.
        public override void WriteDocument(DocumentReport document, bool multiple) => WriteAll(document.Findings, "<input>", document);

        public override void End(ReportEnd end) => WriteAll(end.RunFindings, "norms", null);

        private void WriteAll(IReadOnlyList<Finding> findings, string noFile, DocumentReport? document)
        {
            foreach (var finding in findings)
            {
                if (Counts(finding) || (document is not null && Names.Blocks(document, finding)))
                {
                    writer.Write(Format(finding, noFile));
                    writer.Write('\n');
                }
            }
        }
    }

    /// <summary>One finding as a compiler prints it, on one line; without a position it is <c>file: error ID: message</c>.</summary>
    internal static string Format(Finding finding, string noFile)
    {
        var location = finding.Location;
        var origin = MessageText.Line(location.File ?? noFile);
        var position = location.Line > 0 ? $"({location.Line},{Math.Max(1, location.Column)})" : string.Empty;
        return $"{origin}{position}: {Names.Of(finding.Severity)} {finding.RuleId}: {MessageText.Line(finding.Message)}";
    }

    private static bool Counts(Finding finding) => finding.IsActive && finding.Severity != Severity.None;
}
