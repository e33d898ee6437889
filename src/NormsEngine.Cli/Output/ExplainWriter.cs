using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Cli.Output;

/// <summary>
/// <c>norms explain</c> in text or Markdown: per document the as-of date, then per principle its verdict, score and
/// reason, and each rule's outcome with its evidence as an indented tree (a nested list in Markdown). Every value from
/// the document goes through <see cref="MessageText"/>, and in Markdown through <see cref="Escape"/> as well, so that no
/// value can break a line or inject markup.
/// </summary>
internal sealed class ExplainWriter(TextWriter output, bool markdown, IReadOnlyList<Principle> principles)
{
    private readonly Dictionary<string, string> _titles = principles.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);

    /// <summary>Writes one document's explanation; <paramref name="reasonsFrom"/> gives the explanations the reasons count (default: the shown ones).</summary>
    public void Write(DocumentReport report, bool multiple, IReadOnlyList<Explanation>? reasonsFrom = null)
    {
        var text = new StringBuilder();
        var name = report.Name is { } n ? " - " + n : string.Empty;
        Heading(text, 2, report.DisplayName(multiple) + name);
        Paragraph(text, $"As of {report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({AsOfSourceText(report.AsOfSource)}).");
        if (!report.Evaluated)
        {
            Paragraph(text, "Not evaluated: the document has errors, so no rule ran. Fix these first:");
            foreach (var finding in report.Findings.Where(f => f.Severity == Severity.Error))
            {
                Item(text, 0, finding.ToString());
            }

            Blank(text);
            output.Write(text.ToString());
            return;
        }

        foreach (var principle in report.Principles)
        {
            var score = principle.Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) + "%" : "no score";
            Heading(text, 3, $"{principle.Principle.Id} {principle.Principle.Title}: {Camel(principle.Verdict.ToString())}, {score}");
            Paragraph(text, ExplanationText.Reason(principle, reasonsFrom ?? report.Explanations) + ".");
            foreach (var explanation in report.Explanations.Where(e => e.Principle == principle.Principle.Id))
            {
                Outcome(text, explanation);
            }

            Blank(text);
        }

        // Rules without a principle (a custom pack's) are listed after the principles.
        var others = report.Explanations.Where(e => e.Principle is null || !_titles.ContainsKey(e.Principle)).ToList();
        if (others.Count > 0)
        {
            Heading(text, 3, "Other rules");
            foreach (var explanation in others)
            {
                Outcome(text, explanation);
            }

            Blank(text);
        }

        output.Write(text.ToString());
    }

    private void Outcome(StringBuilder text, Explanation e)
    {
        var target = e.Target.Length == 0 ? string.Empty : " for " + e.Target;
        var severity = e.Outcome is Diagnostics.Outcome.Failed or Diagnostics.Outcome.InsufficientData ? $" ({Camel(e.Severity.ToString())})" : string.Empty;
        Item(text, 0, $"{e.RuleId} {Camel(e.Outcome.ToString())}{severity}{target}: {e.Title}", strongPrefix: e.RuleId.Length);
        Item(text, 1, "because: " + e.Reason);
        if (e.Scope is { } scope)
        {
            Item(text, 1, "scope: " + ExplanationText.Describe(scope));
            foreach (var value in scope.Values)
            {
                Item(text, 2, ExplanationText.Describe(value));
            }
        }

        foreach (var value in e.Values)
        {
            Item(text, 1, "read: " + ExplanationText.Describe(value));
        }

        foreach (var threshold in e.Thresholds)
        {
            Item(text, 1, "threshold: " + ExplanationText.Describe(threshold));
        }

        if (e.AsOf is { } asOf)
        {
            Item(text, 1, "as of: " + ExplanationText.Describe(asOf));
        }

        foreach (var comparison in e.Comparisons)
        {
            Item(text, 1, "compared: " + comparison);
        }

        foreach (var question in e.Questions)
        {
            Item(text, 1, "ask: " + question);
        }
    }

    private void Heading(StringBuilder text, int level, string title)
    {
        if (markdown)
        {
            text.Append(new string('#', level)).Append(' ').Append(Escape(title)).Append("\n\n");
        }
        else
        {
            text.Append(MessageText.Line(title)).Append('\n');
        }
    }

    private void Paragraph(StringBuilder text, string line) =>
        text.Append(markdown ? Escape(line) + "\n\n" : "  " + MessageText.Line(line) + "\n");

    private void Item(StringBuilder text, int depth, string line, int strongPrefix = 0)
    {
        if (markdown)
        {
            var escaped = strongPrefix > 0
                ? "**" + Escape(line[..strongPrefix]) + "**" + Escape(line[strongPrefix..])
                : Escape(line);
            text.Append(new string(' ', depth * 2)).Append("- ").Append(escaped).Append('\n');
        }
        else
        {
            text.Append(new string(' ', 2 + (depth * 2))).Append(MessageText.Line(line)).Append('\n');
        }
    }

    private static void Blank(StringBuilder text) => text.Append('\n');

    private static string AsOfSourceText(AsOfSource source) => source switch
    {
        AsOfSource.Caller => "given with --as-of",
        AsOfSource.Document => "metadata.assessedOn",
        _ => "today: the document gives no metadata.assessedOn",
    };

    /// <summary>An enum member as the reports name it: its name in camelCase (<c>notApplicable</c>).</summary>
    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>
    /// Text Markdown shows literally, on one line: made <see cref="MessageText.Line(string)"/>, then every character
    /// that is Markdown or HTML syntax (entities and math included) gets a backslash.
    /// </summary>
    internal static string Escape(string text)
    {
        var line = MessageText.Line(text);
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '$' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
