using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// What the portfolio section of the <c>html</c> report needs, counted as documents go, in memory that does not grow
/// with the number of documents: verdicts per principle over every document, and per failed rule the documents it
/// fails and the verdicts its fix would raise. The matrix rows themselves are spooled by the writer.
/// </summary>
internal sealed class HtmlPortfolio
{
    private readonly List<Principle> _principles = [];
    private readonly Dictionary<string, int[]> _verdicts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gap> _gaps = new(StringComparer.Ordinal);

    /// <summary>The documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>The documents with a gap (<see cref="HasGap"/>).</summary>
    public int WithGaps { get; private set; }

    /// <summary>
    /// Whether a document needs attention: it was not evaluated, a principle is not or only partially satisfied, or
    /// an active finding is at or above <paramref name="failOn"/>. Past the details limit only such documents get
    /// their details.
    /// </summary>
    public static bool HasGap(DocumentReport document, Severity failOn) =>
        !document.Evaluated
        || document.Principles.Any(p => p.Verdict is Verdict.NotSatisfied or Verdict.PartiallySatisfied)
        || (failOn != Severity.None && document.Findings.Any(f => f.IsActive && f.Severity >= failOn));

    /// <summary>Counts a document and its plan.</summary>
    public void Add(DocumentReport document, IReadOnlyList<HtmlPlanItem> plan, bool gap)
    {
        Documents++;
        WithGaps += gap ? 1 : 0;
        foreach (var result in document.Principles)
        {
            if (!_verdicts.TryGetValue(result.Principle.Id, out var counts))
            {
                _principles.Add(result.Principle);
                _verdicts.Add(result.Principle.Id, counts = new int[HtmlChart.Legend.Count]);
            }

            counts[Position(result.Verdict)]++;
        }

        foreach (var item in plan)
        {
            if (!_gaps.TryGetValue(item.Descriptor.Id, out var total))
            {
                _gaps.Add(item.Descriptor.Id, total = new Gap(item.Descriptor));
            }

            total.Documents++;
            total.Raises += item.Raises.Count;
            total.Severity = (Severity)Math.Max((int)total.Severity, (int)item.Severity);
        }
    }

    /// <summary>The principles in the order the first document gave them.</summary>
    public IReadOnlyList<Principle> Principles => _principles;

    /// <summary>The matrix's head row: one column per principle.</summary>
    public static void AppendHead(StringBuilder html, IReadOnlyList<Principle> principles)
    {
        html.Append("<thead><tr><th scope=\"col\">Document</th>");
        foreach (var principle in principles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"><abbr title=\"{HtmlText.Escape(principle.Title)}\">{HtmlText.Escape(principle.Id)}</abbr></th>");
        }

        html.Append("</tr></thead>\n");
    }

    /// <summary>A matrix row: the document, linked to its section when it has one, and a cell per principle.</summary>
    public static void AppendRow(StringBuilder html, DocumentReport document, bool multiple, int number, bool linked)
    {
        var anchor = HtmlDocument.Anchor(number);
        var title = HtmlText.Escape(HtmlDocument.Title(document, multiple));
        var file = document.Name is null ? string.Empty : $"<br><span class=\"file\">{HtmlText.Escape(document.DisplayName(multiple))}</span>";
        html.Append(linked ? $"<tr><th scope=\"row\"><a href=\"#{anchor}\">{title}</a>{file}</th>" : $"<tr><th scope=\"row\">{title}{file}</th>");
        foreach (var result in document.Principles)
        {
            var key = HtmlChart.Key(result.Verdict);
            var cell = $"{HtmlChart.Shape(result.Verdict)}<span class=\"short\">{HtmlChart.Short(result.Verdict)}</span>";
            var label = HtmlText.Escape($"{result.Principle.Id}: {HtmlChart.Word(result.Verdict)}{HtmlChart.ScoreText(result, ", ")}");
            // The short word is seen; the principle, verdict and score follow for screen readers (and as a tooltip).
            var hidden = $"<span class=\"vh\"> ({label})</span>";
            html.Append(linked
                ? $"<td class=\"v-{key}\"><a href=\"#{anchor}-{HtmlText.Id(result.Principle.Id)}\" title=\"{label}\">{cell}{hidden}</a></td>"
                : $"<td class=\"v-{key}\" title=\"{label}\">{cell}{hidden}</td>");
        }

        html.Append("</tr>\n");
    }

    /// <summary>The matrix's foot: how many documents got each verdict, per principle.</summary>
    public void AppendFoot(StringBuilder html)
    {
        html.Append("<tfoot>");
        for (var v = 0; v < HtmlChart.Legend.Count; v++)
        {
            var verdict = HtmlChart.Legend[v];
            if (!_principles.Any(p => _verdicts[p.Id][v] > 0))
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{HtmlChart.Shape(verdict)} {HtmlChart.Word(verdict)}</th>");
            foreach (var principle in _principles)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{_verdicts[principle.Id][v]}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tfoot>\n");
    }

    /// <summary>The portfolio's plan: the failed rules over every document, most severe, most widespread and most raising first.</summary>
    public void AppendPlan(StringBuilder html)
    {
        if (_gaps.Count == 0)
        {
            return;
        }

        var gaps = _gaps.Values
            .OrderByDescending(g => g.Severity)
            .ThenByDescending(g => g.Raises)
            .ThenByDescending(g => g.Documents)
            .ThenBy(g => g.Descriptor.Id, StringComparer.Ordinal);
        html.Append("<h3 id=\"portfolio-plan\">Remediation plan</h3>\n<p class=\"note\">Failed rules over every document: most severe first, then those whose fixes raise the most principle verdicts, then the most widespread.</p>\n<ol class=\"plan\">\n");
        foreach (var gap in gaps)
        {
            var severity = Names.Of(gap.Severity);
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"sev sev-{severity}\">{severity}</span> <b>{HtmlText.Escape(gap.Descriptor.Id)}</b> {HtmlText.Escape(gap.Descriptor.Title)}");
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"meta\">(fails in {HtmlDocument.Count(gap.Documents, "document")}; fixing it raises {HtmlDocument.Count(gap.Raises, "verdict")})</span></li>\n");
        }

        html.Append("</ol>\n");
    }

    private static int Position(Verdict verdict)
    {
        for (var i = 0; i < HtmlChart.Legend.Count; i++)
        {
            if (HtmlChart.Legend[i] == verdict)
            {
                return i;
            }
        }

        return HtmlChart.Legend.Count - 1;
    }

    private sealed class Gap(RuleDescriptor descriptor)
    {
        public RuleDescriptor Descriptor { get; } = descriptor;

        public int Documents { get; set; }

        public int Raises { get; set; }

        public Severity Severity { get; set; }
    }
}
