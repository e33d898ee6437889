using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// One document's section of the <c>html</c> report: who and when, the chart, the principles table, the remediation
/// plan, the document's own problems, then per principle its verdict sentence, failed rules (message, severity, YAML
/// lines, remediation, references), the questions its missing data raises, its accepted exceptions and its passed
/// evidence folded away. Ids derive from the document's position in the run (<c>d3</c>), principle and finding
/// (<c>d3-P7</c>, <c>d3-f2</c>), never from a clock or a random source.
/// </summary>
internal sealed class HtmlDocument(HtmlExcerpt excerpt)
{
    private const string NotDeclaredPrefix = " applies but these paths are not declared: ";

    /// <summary>The id of the <paramref name="number"/>th document's section (1-based).</summary>
    public static string Anchor(int number) => "d" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The organisation's name as headings show it, or the file when it has none.</summary>
    public static string Title(DocumentReport document, bool multiple) => document.Name ?? document.DisplayName(multiple);

    /// <summary>Appends the document's section.</summary>
    public void Append(StringBuilder html, DocumentReport document, bool multiple, int number, IReadOnlyList<HtmlPlanItem> plan)
    {
        var id = Anchor(number);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"document\" id=\"{id}\" aria-labelledby=\"{id}-h\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{id}-h\">{HtmlText.Escape(Title(document, multiple))}</h2>\n<dl class=\"facts\">");
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>Organisation</dt><dd>{(document.Name is { } name ? HtmlText.Escape(name) : "<i>not declared</i>")}</dd></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>Source</dt><dd><code>{HtmlText.Escape(document.DisplayName(multiple))}</code></dd></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>As of</dt><dd>{Names.Of(document.AsOf)} ({Names.Describe(document.AsOfSource)})</dd></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>Status</dt><dd>{(document.Evaluated ? "evaluated" : "<strong>" + Names.NotEvaluated + "</strong>")}</dd></div></dl>\n");
        HtmlChart.AppendChart(html, id, document.Principles);
        AppendTable(html, document, id);
        AppendPlan(html, document, id, plan);
        var problems = Indexed(document).Where(f => f.Finding.Principle is null).ToList();
        if (problems.Count > 0)
        {
            html.Append("<h3>Problems with the document</h3>\n");
            foreach (var (finding, index) in problems)
            {
                AppendFinding(html, document, multiple, finding, $"{id}-f{index}");
            }
        }

        foreach (var result in document.Principles)
        {
            AppendPrinciple(html, document, multiple, id, result);
        }

        html.Append("</section>\n");
    }

    private static IEnumerable<(Finding Finding, int Index)> Indexed(DocumentReport document) =>
        document.Findings.Select((f, i) => (f, i + 1));

    private static void AppendTable(StringBuilder html, DocumentReport document, string id)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{id}-tc\"><table class=\"principles\"><caption id=\"{id}-tc\">Principles</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Principle</th><th scope=\"col\">Verdict</th><th scope=\"col\">Score</th><th scope=\"col\">Passed</th><th scope=\"col\">Failed</th><th scope=\"col\">No data</th><th scope=\"col\">Accepted</th></tr></thead><tbody>\n");
        foreach (var r in document.Principles)
        {
            var failed = r.FailedError + r.FailedWarning + r.FailedInfo;
            var accepted = Names.Accepted(r);
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\"><a href=\"#{id}-{HtmlText.Id(r.Principle.Id)}\">{HtmlText.Escape(r.Principle.Id + " " + r.Principle.Title)}</a></th>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"v-{HtmlChart.Key(r.Verdict)}\">{HtmlChart.Shape(r.Verdict)} {HtmlChart.Word(r.Verdict)}</td><td class=\"num\">{(r.Score is null ? "-" : HtmlChart.ScoreText(r, string.Empty))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Passed}</td><td class=\"num\">{failed}</td><td class=\"num\">{r.Insufficient}</td><td>{(accepted.Length == 0 ? "-" : accepted)}</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void AppendPlan(StringBuilder html, DocumentReport document, string id, IReadOnlyList<HtmlPlanItem> plan)
    {
        if (plan.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"{id}-plan\">Remediation plan</h3>\n<p class=\"note\">Failed rules, most severe first, then those whose fix raises the most principle verdicts.</p>\n<ol class=\"plan\">\n");
        foreach (var item in plan)
        {
            var finding = document.Findings[item.FirstFinding];
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sev sev-{Names.Of(item.Severity)}\">{Names.Of(item.Severity)}</span> <a href=\"#{id}-f{item.FirstFinding + 1}\">{HtmlText.Escape(item.Descriptor.Id)}</a> {HtmlText.Escape(item.Descriptor.Title)}");
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"meta\">({Count(item.Failures, "failure")}{(item.Accepted > 0 ? $", {item.Accepted} accepted" : string.Empty)}; {HtmlText.Escape(finding.Principle ?? string.Empty)})</span>");
            html.Append(item.Raises.Count == 0
                ? "<br>Fixing it raises no verdict on its own."
                : "<br>Fixing it raises " + string.Join(", ", item.Raises.Select(r => $"{HtmlText.Escape(r.Principle.Id)} from {HtmlChart.Word(r.From)} to {HtmlChart.Word(r.To)}")) + ".");
            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private void AppendPrinciple(StringBuilder html, DocumentReport document, bool multiple, string id, PrincipleResult result)
    {
        var pid = $"{id}-{HtmlText.Id(result.Principle.Id)}";
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"principle v-{HtmlChart.Key(result.Verdict)}\" id=\"{pid}\" aria-labelledby=\"{pid}-h\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"{pid}-h\">{HtmlChart.Shape(result.Verdict)} {HtmlText.Escape(result.Principle.Id + " " + result.Principle.Title)}: {HtmlChart.Word(result.Verdict)}{HtmlChart.ScoreText(result, ", ")}</h3>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sentence\">{Sentence(document, result)}</p>\n");
        var findings = Indexed(document).Where(f => string.Equals(f.Finding.Principle, result.Principle.Id, StringComparison.Ordinal)).ToList();
        var failed = findings.Where(f => f.Finding.Outcome == Outcome.Failed && f.Finding.IsActive).ToList();
        if (failed.Count > 0)
        {
            html.Append("<h4>Failed rules</h4>\n");
            foreach (var (finding, index) in failed)
            {
                AppendFinding(html, document, multiple, finding, $"{id}-f{index}");
            }
        }

        var questions = findings.Where(f => f.Finding.Outcome == Outcome.InsufficientData && f.Finding.IsActive).ToList();
        if (questions.Count > 0 || (result.Insufficient > 0 && !findings.Any(f => f.Finding.Outcome == Outcome.InsufficientData)))
        {
            html.Append("<h4>Questions to ask</h4>\n<ul class=\"questions\">\n");
            var catalogue = Catalogue(document);
            foreach (var (finding, index) in questions)
            {
                AppendQuestion(html, finding, $"{id}-f{index}", catalogue);
            }

            if (questions.Count == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Count(result.Insufficient, "rule outcome")} had insufficient data (NE0201 is turned off, so the missing paths are not listed).</li>\n");
            }

            html.Append("</ul>\n");
        }

        var accepted = findings.Where(f => !f.Finding.IsActive).ToList();
        if (accepted.Count > 0)
        {
            html.Append("<h4>Accepted exceptions</h4>\n");
            foreach (var (finding, index) in accepted)
            {
                AppendFinding(html, document, multiple, finding, $"{id}-f{index}");
            }
        }

        var passed = document.Passed.Where(p => string.Equals(p.Principle, result.Principle.Id, StringComparison.Ordinal)).ToList();
        if (passed.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<details class=\"evidence\"><summary>Passed evidence: {Count(passed.Count, "rule outcome")}</summary>\n<ul>\n");
            foreach (var rule in passed)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><b>{HtmlText.Escape(rule.RuleId)}</b> passed at <code>{HtmlText.Escape(rule.Path.Length == 0 ? "(document)" : rule.Path)}</code></li>\n");
            }

            html.Append("</ul></details>\n");
        }

        html.Append("</section>\n");
    }

    private void AppendFinding(StringBuilder html, DocumentReport document, bool multiple, Finding finding, string id)
    {
        var descriptor = finding.Descriptor;
        var severity = Names.Of(finding.Severity);
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"finding\" id=\"{id}\">\n<p class=\"head\"><span class=\"sev sev-{severity}\">{severity}</span> ");
        html.Append(HtmlText.Href(descriptor.HelpUri) is { } href
            ? $"<a href=\"{href}\">{HtmlText.Escape(descriptor.Id)}</a>"
            : $"<b>{HtmlText.Escape(descriptor.Id)}</b>");
        html.Append(CultureInfo.InvariantCulture, $" {HtmlText.Escape(descriptor.Title)}</p>\n<p class=\"message\">{HtmlText.Escape(finding.Message)}</p>\n");
        var location = finding.Location;
        var file = location.File ?? document.DisplayName(multiple);
        var at = location.Line > 0 ? $"{file}:{location.Line.ToString(CultureInfo.InvariantCulture)}" : file;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"where\"><code>{HtmlText.Escape(at)}</code>{(location.Path.Length > 0 ? " at <code>" + HtmlText.Escape(location.Path) + "</code>" : string.Empty)}</p>\n");
        if (location.File is null || string.Equals(location.File, document.File, StringComparison.Ordinal))
        {
            // A finding in another file (a configuration's suppression) has no lines in this document's text.
            excerpt.Append(html, document.SourceText, location.Line, location.EndLine);
        }
        if (finding.Suppression is { } suppression)
        {
            var owner = suppression.Owner is { } o ? $", owner {HtmlText.Escape(o)}" : string.Empty;
            var expires = suppression.Expires is { } e ? $", expires {Names.Of(e)}" : ", no expiry";
            var kind = suppression.Kind == SuppressionKind.InSource ? "in the document" : "in the configuration";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"accepted\"><b>Suppressed</b> {kind}{owner}{expires}: {HtmlText.Escape(suppression.Justification)}</p>\n");
        }
        else if (finding.BaselineState == BaselineState.Unchanged)
        {
            html.Append("<p class=\"accepted\"><b>Baselined</b>: in the baseline, so it fails no run; it still counts in the verdict.</p>\n");
        }

        if (descriptor.Remediation.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"fix\"><b>Remediation:</b> {HtmlText.Prose(descriptor.Remediation)}</p>\n");
        }

        if (descriptor.References.Count > 0)
        {
            html.Append("<p class=\"refs\"><b>References:</b> ").AppendJoin("; ", descriptor.References.Select(HtmlText.Escape)).Append("</p>\n");
        }

        html.Append("</article>\n");
    }

    /// <summary>
    /// An NE0201 finding as the questions to ask: one per missing path, with the field's description and the kind of
    /// value when the report explains its outcomes (the explanations' questions come from the field catalogue).
    /// </summary>
    private static void AppendQuestion(StringBuilder html, Finding finding, string id, IReadOnlyDictionary<string, string> catalogue)
    {
        var message = finding.Message;
        var at = message.IndexOf(NotDeclaredPrefix, StringComparison.Ordinal);
        if (finding.RuleId != EngineDiagnostics.InsufficientData.Id || at < 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"{id}\">{HtmlText.Escape(message)}</li>\n");
            return;
        }

        var rule = message[..at];
        var paths = message[(at + NotDeclaredPrefix.Length)..].Split(", ", StringSplitOptions.RemoveEmptyEntries);
        html.Append(CultureInfo.InvariantCulture, $"<li id=\"{id}\">For <b>{HtmlText.Escape(rule)}</b>:<ul>");
        foreach (var path in paths)
        {
            var described = catalogue.TryGetValue(path, out var description) ? " " + HtmlText.Escape(Capitalise(description)) + "." : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<li>What is <code>{HtmlText.Escape(path)}</code>?{described}</li>");
        }

        html.Append("</ul></li>\n");
    }

    /// <summary>The verdict in one sentence, with the counts behind it.</summary>
    internal static string Sentence(DocumentReport document, PrincipleResult r)
    {
        var failed = r.FailedError + r.FailedWarning + r.FailedInfo;
        var applied = r.Passed + failed + r.Insufficient;
        var sentence = r.Verdict switch
        {
            Verdict.NotAssessed => "Not assessed: the configuration turns this principle off.",
            Verdict.NotApplicable => $"Not applicable: none of its rules applies to this organisation ({Count(r.NotApplicable, "rule")} did not apply).",
            Verdict.Undetermined when !document.Evaluated => "Undetermined: the document could not be evaluated; fix the problems with the document first.",
            Verdict.NotSatisfied when r.FailedError > 0 => $"Not satisfied: {Count(r.FailedError, "rule outcome")} with severity error failed ({r.Passed} of {applied} applicable outcomes passed).",
            Verdict.NotSatisfied => $"Not satisfied: rules failed and none passed ({failed} of {applied} applicable outcomes failed).",
            Verdict.PartiallySatisfied => $"Partially satisfied: {failed} of {applied} applicable outcomes failed with severity warning or info; {r.Passed} passed.",
            Verdict.Undetermined => $"Undetermined: no rule failed, but {Count(r.Insufficient, "rule outcome")} had insufficient data; {r.Passed} passed.",
            _ => $"Satisfied: all {Count(r.Passed, "applicable rule outcome")} passed.",
        };
        var accepted = Names.Accepted(r);
        return accepted.Length == 0 ? sentence : $"{sentence} Accepted exceptions ({accepted}) still count in the verdict.";
    }

    /// <summary>
    /// What the explanations' questions say of each missing path (<c>declare PATH: description, kind of value</c>), by
    /// path; empty when the report does not explain its outcomes.
    /// </summary>
    private static Dictionary<string, string> Catalogue(DocumentReport document)
    {
        var catalogue = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in document.Explanations.SelectMany(e => e.Questions))
        {
            const string Declare = "declare ";
            var colon = question.IndexOf(": ", StringComparison.Ordinal);
            if (question.StartsWith(Declare, StringComparison.Ordinal) && colon > Declare.Length)
            {
                catalogue.TryAdd(question[Declare.Length..colon], question[(colon + 2)..]);
            }
        }

        return catalogue;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    internal static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
