using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// How the <c>html</c> format shows verdicts: each verdict is a word, a short word for the portfolio matrix, a
/// shape and a colour, so that colour never carries the meaning alone (a check in a circle, a triangle, a cross in a
/// square, a diamond, a dash, a ring); and the chart of a document's principles drawn in inline SVG, the shapes
/// defined once as symbols that every use refers to by a fragment of the same page (nothing is fetched).
/// </summary>
internal static class HtmlChart
{
    private const int Width = 400;
    private const int RowHeight = 46;
    private const int BarWidth = 200;
    private const int Top = 8;

    /// <summary>The verdict in words, for people.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "satisfied",
        Verdict.PartiallySatisfied => "partially satisfied",
        Verdict.NotSatisfied => "not satisfied",
        Verdict.Undetermined => "undetermined",
        Verdict.NotAssessed => "not assessed",
        _ => "not applicable",
    };

    /// <summary>The verdict in a short word, for the matrix cells.</summary>
    public static string Short(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "met",
        Verdict.PartiallySatisfied => "part",
        Verdict.NotSatisfied => "gap",
        Verdict.Undetermined => "data?",
        Verdict.NotAssessed => "off",
        _ => "n/a",
    };

    /// <summary>The verdict's CSS class and symbol suffix.</summary>
    public static string Key(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "s",
        Verdict.PartiallySatisfied => "ps",
        Verdict.NotSatisfied => "ns",
        Verdict.Undetermined => "u",
        Verdict.NotAssessed => "off",
        _ => "na",
    };

    /// <summary>The verdicts in the order legends list them, best first.</summary>
    public static IReadOnlyList<Verdict> Legend { get; } =
        [Verdict.Satisfied, Verdict.PartiallySatisfied, Verdict.NotSatisfied, Verdict.Undetermined, Verdict.NotApplicable, Verdict.NotAssessed];

    /// <summary>The shape of a verdict, inline, decorative (the word next to it says the same).</summary>
    public static string Shape(Verdict verdict) =>
        $"<svg class=\"shape v-{Key(verdict)}\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#shape-{Key(verdict)}\"/></svg>";

    /// <summary>The symbols every shape refers to, once per page; the fill comes from the verdict's class.</summary>
    public static void AppendSymbols(StringBuilder html)
    {
        html.Append("<svg class=\"symbols\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>\n");
        html.Append("<symbol id=\"shape-s\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/><path d=\"M4.2 8.4l2.6 2.6 5-5.4\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/></symbol>\n");
        html.Append("<symbol id=\"shape-ps\" viewBox=\"0 0 16 16\"><path d=\"M8 0.8l7.4 14H0.6z\" fill=\"currentColor\"/><rect x=\"7\" y=\"5.4\" width=\"2\" height=\"5\" fill=\"#fff\"/><rect x=\"7\" y=\"11.6\" width=\"2\" height=\"2\" fill=\"#fff\"/></symbol>\n");
        html.Append("<symbol id=\"shape-ns\" viewBox=\"0 0 16 16\"><rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"15\" rx=\"2\" fill=\"currentColor\"/><path d=\"M4.5 4.5l7 7M11.5 4.5l-7 7\" stroke=\"#fff\" stroke-width=\"2.2\"/></symbol>\n");
        html.Append("<symbol id=\"shape-u\" viewBox=\"0 0 16 16\"><path d=\"M8 0.3L15.7 8 8 15.7 0.3 8z\" fill=\"currentColor\"/><circle cx=\"8\" cy=\"8\" r=\"2\" fill=\"#fff\"/></symbol>\n");
        html.Append("<symbol id=\"shape-na\" viewBox=\"0 0 16 16\"><rect x=\"1\" y=\"6\" width=\"14\" height=\"4\" rx=\"1\" fill=\"currentColor\"/></symbol>\n");
        html.Append("<symbol id=\"shape-off\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/></symbol>\n");
        html.Append("</defs></svg>\n");
    }

    /// <summary>The legend: every verdict's shape, short word and word.</summary>
    public static void AppendLegend(StringBuilder html)
    {
        html.Append("<ul class=\"legend\" aria-label=\"Verdicts\">");
        foreach (var verdict in Legend)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Shape(verdict)} <b>{Short(verdict)}</b> {Word(verdict)}</li>");
        }

        html.Append("</ul>\n");
    }

    /// <summary>
    /// The chart of a document's principles: per principle its name, a bar as long as its score, its shape, verdict
    /// and score; principles without a score have an empty dashed track. <paramref name="id"/> prefixes the ids of
    /// the chart's title and description, which say the same in words.
    /// </summary>
    public static void AppendChart(StringBuilder html, string id, IReadOnlyList<PrincipleResult> principles)
    {
        var height = Top + (principles.Count * RowHeight);
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><svg viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-ct {id}-cd\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-ct\">Verdict and score per principle</title><desc id=\"{id}-cd\">");
        html.AppendJoin("; ", principles.Select(p => HtmlText.Escape($"{p.Principle.Id} {p.Principle.Title}: {Word(p.Verdict)}{ScoreText(p, ", ")}")));
        html.Append("</desc>\n");
        for (var i = 0; i < principles.Count; i++)
        {
            var result = principles[i];
            var y = Top + (i * RowHeight);
            var key = Key(result.Verdict);
            html.Append(CultureInfo.InvariantCulture, $"<g class=\"v-{key}\"><text x=\"0\" y=\"{y + 13}\" class=\"label\">{HtmlText.Escape(result.Principle.Id + " " + result.Principle.Title)}</text>");
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y + 20}\" width=\"{BarWidth}\" height=\"14\" rx=\"3\" class=\"track{(result.Score is null ? " none" : string.Empty)}\"/>");
            if (result.Score is { } score && score > 0)
            {
                var width = Math.Max(2m, Math.Round(BarWidth * score / 100m, 1));
                html.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y + 20}\" width=\"{width.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"14\" rx=\"3\" fill=\"currentColor\"/>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<use href=\"#shape-{key}\" x=\"{BarWidth + 10}\" y=\"{y + 19}\" width=\"16\" height=\"16\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{BarWidth + 32}\" y=\"{y + 32}\" class=\"word\">{Word(result.Verdict)}{ScoreText(result, " ")}</text></g>\n");
        }

        html.Append("</svg></figure>\n");
    }

    /// <summary>The score as text after a separator, or nothing when the principle has no score.</summary>
    public static string ScoreText(PrincipleResult result, string separator) =>
        result.Score is { } score ? separator + score.ToString("0.#", CultureInfo.InvariantCulture) + "%" : string.Empty;
}
