using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For GitHub Actions: one workflow command per finding that counts,
/// <c>::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=ID::message</c> (<c>warning</c> and <c>notice</c>
/// for warnings and info), so that findings show as annotations on the pull request. Suppressed and baselined
/// findings are left out, but for the error that kept a document from being evaluated (it fails the run anyway). Values first go through <see cref="MessageText"/> (so no line break or control character
/// is left to escape), then are escaped as the runner unescapes them: <c>%</c>, CR and LF everywhere, and also
/// <c>,</c> and <c>:</c> in properties. Each finding is one line that starts with <c>::</c>: nothing a value holds
/// can start a command of its own.
/// </summary>
internal sealed class GitHubReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Name => "github";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    private sealed class Writer(TextWriter writer) : ReportWriter
    {
        public override void Begin(ReportHeader header)
        {
        }

        public override void WriteDocument(DocumentReport document, bool multiple) => WriteAll(document.Findings, document);

        public override void End(ReportEnd end) => WriteAll(end.RunFindings, null);

        private void WriteAll(IReadOnlyList<Finding> findings, DocumentReport? document)
        {
            foreach (var finding in findings)
            {
                if ((finding.IsActive && finding.Severity != Severity.None) || (document is not null && Names.Blocks(document, finding)))
                {
                    writer.Write(Format(finding));
                    writer.Write('\n');
                }
            }
        }
    }

    private static string Format(Finding finding)
    {
        var command = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var location = finding.Location;
        var properties = new List<string>();
        if (location.File is { } file)
        {
            properties.Add("file=" + EscapeProperty(MessageText.Line(file.Replace('\\', '/'))));
        }

        if (location.Line > 0)
        {
            properties.Add($"line={location.Line}");
            if (location.Column > 0)
            {
                properties.Add($"col={location.Column}");
            }

            if (location.EndLine >= location.Line)
            {
                properties.Add($"endLine={location.EndLine}");
                if (location.EndColumn > 0)
                {
                    properties.Add($"endColumn={location.EndColumn}");
                }
            }
        }

        properties.Add("title=" + EscapeProperty(MessageText.Line(finding.RuleId)));
        return $"::{command} {string.Join(",", properties)}::{EscapeData(MessageText.Line(finding.Message))}";
    }

    /// <summary>Escapes a command's message as the Actions runner unescapes it.</summary>
    internal static string EscapeData(string value) =>
        new StringBuilder(value)
            .Replace("%", "%25")
            .Replace("\r", "%0D")
            .Replace("\n", "%0A")
            .ToString();

    /// <summary>Escapes a command property's value: as a message, and also <c>:</c> and <c>,</c>, which end a property.</summary>
    internal static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value))
            .Replace(":", "%3A")
            .Replace(",", "%2C")
            .ToString();
}
