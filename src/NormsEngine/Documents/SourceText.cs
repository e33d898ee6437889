using System.Text;
using NormsEngine.Diagnostics;
using YamlDotNet.Core;

namespace NormsEngine.Documents;

/// <summary>
/// The text a YAML reader read (after any byte order mark), kept so that fixes can be computed as exact text edits:
/// a node's line and column become a character offset, and an edit is only made when the characters at that place
/// are the ones the node was read from (a key written with escapes, or a position that does not match, gets no fix).
/// </summary>
internal sealed class SourceText(string text, int[] lineStarts)
{
    public string Text { get; } = text;

    /// <summary>The line break the text uses first (<c>\r\n</c>, <c>\n</c> or <c>\r</c>), so that insertions keep it; <c>\n</c> when it has none.</summary>
    public string NewLine
    {
        get
        {
            var at = Text.AsSpan().IndexOfAny('\r', '\n');
            return at < 0 ? "\n" : Text[at] == '\n' ? "\n" : at + 1 < Text.Length && Text[at + 1] == '\n' ? "\r\n" : "\r";
        }
    }

    /// <summary>How many lines the text has.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>The offset of a 1-based line and column, or <c>null</c> when it is not in the text.</summary>
    public int? Offset(TextPoint point)
    {
        if (point.Line < 1 || point.Line > lineStarts.Length || point.Column < 1)
        {
            return null;
        }

        var offset = lineStarts[point.Line - 1] + point.Column - 1;
        var lineEnd = point.Line < lineStarts.Length ? lineStarts[point.Line] : Text.Length;
        return offset <= lineEnd ? offset : null;
    }

    /// <summary>The offset where a 1-based line starts.</summary>
    public int LineStart(int line) => lineStarts[line - 1];

    /// <summary>The offset just after a line's content, before its line break.</summary>
    public int LineEnd(int line)
    {
        var end = line < lineStarts.Length ? lineStarts[line] : Text.Length;
        while (end > lineStarts[line - 1] && Text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    public TextPoint Point(int offset)
    {
        var found = Array.BinarySearch(lineStarts, offset);
        var line = found >= 0 ? found : ~found - 1;
        return new TextPoint(line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>An edit replacing the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public TextEdit Edit(string? file, int start, int end, string newText)
    {
        var from = Point(start);
        var to = Point(end);
        return new TextEdit(file, start, end, from.Line, from.Column, to.Line, to.Column, newText);
    }

    /// <summary>
    /// An edit that makes a scalar's value <paramref name="value"/>, keeping its quotes when <paramref name="keepQuotes"/>
    /// (else the whole scalar, quotes included, becomes the plain <paramref name="value"/>); <c>null</c> when the text
    /// at the scalar's place is not exactly the scalar as written simply (plain on one line, or quoted without escapes).
    /// </summary>
    public TextEdit? Replace(string? file, YamlScalarNode scalar, string value, bool keepQuotes = true)
    {
        if (Offset(scalar.Start) is not { } start || Offset(scalar.End) is not { } end || end <= start || !IsSimple(value))
        {
            return null;
        }

        var raw = Text.AsSpan(start, end - start);
        switch (scalar.Style)
        {
            case ScalarStyle.Plain or ScalarStyle.Any when raw.SequenceEqual(scalar.Value):
                return Edit(file, start, end, value);
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when raw.Length == scalar.Value.Length + 2 && raw[1..^1].SequenceEqual(scalar.Value)
                && raw[0] == raw[^1] && raw[0] == (scalar.Style == ScalarStyle.SingleQuoted ? '\'' : '"')
                && !scalar.Value.Contains('\\', StringComparison.Ordinal) && !scalar.Value.Contains(raw[0], StringComparison.Ordinal):
                return keepQuotes ? Edit(file, start + 1, end - 1, value) : Edit(file, start, end, value);
            default:
                return null;
        }
    }

    /// <summary>Whether a value reads the same plain or quoted: letters, digits and <c>-_.</c>, starting with a letter or digit.</summary>
    private static bool IsSimple(string value) =>
        value.Length > 0 && char.IsAsciiLetterOrDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/');

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line) => Text[LineStart(line)..LineEnd(line)];

    /// <summary>Spaces for an indentation of <paramref name="width"/> columns.</summary>
    public static string Indent(int width) => new StringBuilder().Append(' ', Math.Max(0, width)).ToString();
}
