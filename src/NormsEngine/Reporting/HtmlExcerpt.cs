using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// The YAML lines around a finding, with its lines marked, from the document's source text
/// (<see cref="Diagnostics.DocumentReport.SourceText"/>). The documents of one file share one text: its line starts
/// are found once and kept for the next document of the same file only, so memory holds one file's index at most.
/// Lines are shown as values are (<see cref="HtmlText.Escape"/>), and wrap inside their box rather than widen the page.
/// </summary>
internal sealed class HtmlExcerpt
{
    /// <summary>Lines shown before and after the finding's lines.</summary>
    public const int Context = 2;

    /// <summary>The most lines of a finding that are marked; a finding over a long block shows its start.</summary>
    public const int MaxMarked = 6;

    private string? _text;
    private int[] _starts = [];

    /// <summary>The lines of the indexed text: a final line break ends the last line, it starts none.</summary>
    private int _count;

    /// <summary>Appends the excerpt; nothing when there is no text or the line is not in it.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="text">The source text, or <c>null</c>.</param>
    /// <param name="line">The first line of the finding (1-based).</param>
    /// <param name="endLine">Its last line.</param>
    public void Append(StringBuilder html, string? text, int line, int endLine)
    {
        if (text is null || line < 1)
        {
            return;
        }

        Index(text);
        var count = _count;
        if (line > count)
        {
            return;
        }

        var last = Math.Min(Math.Min(Math.Max(endLine, line), line + MaxMarked - 1), count);

        var first = Math.Max(1, line - Context);
        var end = Math.Min(count, last + Context);
        html.Append("<pre class=\"excerpt\"><code>");
        for (var n = first; n <= end; n++)
        {
            var marked = n >= line && n <= last;
            html.Append(marked ? "<mark class=\"line\">" : "<span class=\"line\">");
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"no\">{(marked ? "&#9654;" : " ")}{n,5} </span>");
            html.Append(HtmlText.Escape(Line(text, n)));
            html.Append(marked ? "</mark>" : "</span>");
        }

        html.Append("</code></pre>\n");
    }

    /// <summary>Line <paramref name="n"/> (1-based) of the indexed text, without its line break.</summary>
    private string Line(string text, int n)
    {
        var start = _starts[n - 1];
        var next = n < _starts.Length ? _starts[n] : text.Length;
        return text[start..LineBreaks.ContentEnd(text, start, next)];
    }

    private void Index(string text)
    {
        if (ReferenceEquals(text, _text))
        {
            return;
        }

        // The reader's lines (CRLF, LF and a lone CR each end one), so that a finding's line number finds its line.
        _text = text;
        _starts = LineBreaks.LineStarts(text);
        _count = _starts.Length > 1 && _starts[^1] == text.Length ? _starts.Length - 1 : _starts.Length;
    }
}
