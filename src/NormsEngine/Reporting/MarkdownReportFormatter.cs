using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For pull-request comments and job summaries (GitHub-flavoured Markdown): per document a heading and a table
/// of the principles with verdict symbols and scores, then the findings grouped by principle (severity, rule ID
/// linked to its page when it has one, message, <c>file:line</c>; suppressed and baselined ones marked); then the
/// run's own findings and a summary line. Values from input go through <see cref="MessageText"/>, then are escaped
/// so that Markdown shows them literally: no value can end a table row or cell, open a code span, a link, HTML or
/// math, or start a line.
/// </summary>
internal sealed class MarkdownReportFormatter : ReportFormatter
{
    private const string EngineGroup = "Engine";

    /// <inheritdoc/>
    public override string Name => "markdown";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    private sealed class Writer(TextWriter writer) : ReportWriter
    {
        private readonly StringBuilder _text = new();
        private Severity _failOn;

        public override void Begin(ReportHeader header)
        {
            _failOn = header.Settings.FailOn;
            writer.Write("# NormsEngine report\n\n");
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            AppendDocument(_text, document, multiple);
            Flush();
        }

        public override void End(ReportEnd end)
        {
            // The run's own findings come after the documents: whether a configuration suppression matched anything is known at the end.
            if (end.RunFindings.Count > 0)
            {
                _text.Append("## Run\n\n");
                foreach (var finding in end.RunFindings)
                {
                    AppendFinding(_text, finding);
                }

                _text.Append('\n');
            }

            AppendSummary(_text, end, _failOn);
            Flush();
        }

        private void Flush()
        {
            foreach (var chunk in _text.GetChunks())
            {
                writer.Write(chunk.Span);
            }

            _text.Clear();
        }
    }

    /// <summary>The symbol shown before a verdict.</summary>
    internal static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "✅",
        Verdict.PartiallySatisfied => "🟡",
        Verdict.NotSatisfied => "❌",
        Verdict.Undetermined => "❔",
        Verdict.NotAssessed => "⏸️",
        _ => "➖",
    };

    /// <summary>
    /// Escapes text so that Markdown shows it literally, on one line and inside a table cell: every character that
    /// is Markdown or HTML syntax gets a backslash (<c>&amp;</c> too, so that no entity turns into another character,
    /// and <c>$</c>, which starts math).
    /// </summary>
    internal static string Escape(string text)
    {
        var line = MessageText.Line(text);
        var escaped = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '$')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void AppendDocument(StringBuilder text, DocumentReport document, bool multiple)
    {
        var name = document.Name is { } n ? " - " + Escape(n) : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"## {Escape(document.DisplayName(multiple))}{name}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"As of {Names.Of(document.AsOf)} ({Names.Describe(document.AsOfSource)})");
        text.Append(document.Evaluated ? ".\n\n" : $"; **{Names.NotEvaluated}**.\n\n");
        text.Append("| Principle | Verdict | Score | Pass | Fail | Data | Suppressed | Baselined |\n");
        text.Append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var result in document.Principles)
        {
            var score = result.Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";
            var failed = result.FailedError + result.FailedWarning + result.FailedInfo;
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(result.Principle.Id + " " + result.Principle.Title)} | {Symbol(result.Verdict)} {Names.Of(result.Verdict)} | {score} | {result.Passed} | {failed} | {result.Insufficient} | {result.Suppressed} | {result.Baselined} |\n");
        }

        text.Append('\n');
        if (document.Findings.Count == 0)
        {
            text.Append("No findings.\n\n");
            return;
        }

        text.Append("### Findings\n\n");
        var order = document.Principles.Select((p, i) => (p.Principle.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var titles = document.Principles.ToDictionary(p => p.Principle.Id, p => p.Principle.Title, StringComparer.Ordinal);
        var groups = document.Findings
            .GroupBy(f => f.Principle ?? EngineGroup, StringComparer.Ordinal)
            .OrderBy(g => order.TryGetValue(g.Key, out var i) ? i : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var title = titles.TryGetValue(group.Key, out var t) ? $"{group.Key} {Escape(t)}" : Escape(group.Key);
            text.Append(CultureInfo.InvariantCulture, $"#### {title}\n\n");
            foreach (var finding in group)
            {
                AppendFinding(text, finding);
            }

            text.Append('\n');
        }
    }

    private static void AppendFinding(StringBuilder text, Finding finding)
    {
        var severity = finding.Severity switch
        {
            Severity.Error => "❌ error",
            Severity.Warning => "⚠️ warning",
            Severity.Info => "ℹ️ info",
            _ => "none",
        };
        var location = finding.Location;
        var where = location.File is null ? string.Empty
            : location.Line > 0 ? " " + Code($"{location.File}:{location.Line}")
            : " " + Code(location.File);
        var id = finding.Descriptor.HelpUri is { } help ? $"[{finding.RuleId}](<{help.AbsoluteUri}>)" : finding.RuleId;
        var line = $"{severity} {id}: {Escape(finding.Message)}{where}";
        text.Append(Names.InactiveReason(finding) is { } reason
            ? $"- ~~{line}~~ 🔕 *{Escape(reason)}*\n"
            : $"- {line}\n");
    }

    private static void AppendSummary(StringBuilder text, ReportEnd end, Severity failOn)
    {
        var tally = end.Tally;
        var verdicts = tally.Verdicts.Select(v => $"{v.Count} {Symbol(v.Verdict)} {Names.Of(v.Verdict)}").ToList();
        var notEvaluated = tally.NotEvaluated > 0 ? $" ({tally.NotEvaluated} not evaluated)" : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"**{Count(tally.Documents, "document")}**{notEvaluated}: {Count(tally.Errors, "error")}, ");
        text.Append(CultureInfo.InvariantCulture, $"{Count(tally.Warnings, "warning")}, {Count(tally.Infos, "info finding")}");
        text.Append(CultureInfo.InvariantCulture, $"; {tally.Suppressed} suppressed, {tally.Baselined} baselined");
        if (verdicts.Count > 0)
        {
            // A run with no document (every input unreadable) gives no verdict.
            text.Append(CultureInfo.InvariantCulture, $"; verdicts: {string.Join(", ", verdicts)}");
        }

        if (end.Baseline is { } baseline)
        {
            text.Append(CultureInfo.InvariantCulture, $"; baseline {Code(baseline.File)}: {baseline.New} new, {baseline.Unchanged} unchanged, {baseline.Absent} absent");
        }

        text.Append(CultureInfo.InvariantCulture, $"; fails on {Names.Of(failOn)}: {(tally.Fails(failOn) ? "**failed**" : "passed")}\n");
    }

    /// <summary>
    /// A code span that shows <paramref name="text"/> as it is: delimited by one backtick more than the longest run
    /// of backticks inside (backslashes do not escape in code spans), padded with a space when it starts or ends
    /// with a backtick. Code spans are never inside a table here, so a pipe is harmless.
    /// </summary>
    internal static string Code(string text)
    {
        var line = MessageText.Line(text);
        var (longest, run) = (0, 0);
        foreach (var c in line)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : string.Empty;
        return fence + pad + line + pad + fence;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
