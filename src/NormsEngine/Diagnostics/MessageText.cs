using System.Buffers;
using System.Globalization;
using System.Text;

namespace NormsEngine.Diagnostics;

/// <summary>
/// The one policy messages and every format apply to text that comes from input (messages, which rules compose from values;
/// file names, YAML paths, organisation and supplier names, pack titles, suppression justifications and owners,
/// configuration keys): a character that could break a line, drive a terminal, reorder the text around it or that
/// XML 1.0 cannot carry is shown as a visible escape, so that a value can never forge a line, a workflow command
/// or an escape sequence, and every format can hold it. <c>CR</c>, <c>LF</c> and tab become <c>\r</c>,
/// <c>\n</c> and <c>\t</c>; every other such character becomes <c>\uXXXX</c> (its UTF-16 code unit in hex):
/// C0 and C1 controls and DEL, the Unicode line and paragraph separators, bidirectional controls, the
/// noncharacters U+FFFE and U+FFFF, and lone surrogates. Backslashes are left alone (Windows paths stay readable),
/// so a value that holds the two characters <c>\n</c> looks like one that held a line break; reports are read, not
/// parsed back. Each format then escapes its own syntax on top (Markdown, XML, JSON, workflow commands).
/// An app that shows findings in an output of its own (a web page, a log line, a ticket) applies the same policy
/// with these methods.
/// </summary>
public static class MessageText
{
    // Every character Line escapes, surrogates included (those are then checked for pairing).
    private static readonly SearchValues<char> Escaped = SearchValues.Create(EscapedCharacters());

    /// <summary>A value on one line, with every character of the policy escaped; the same instance when there is none.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value as reports show it.</returns>
    public static string Line(string value) => Neutralise(value, keepLineBreaks: false);

    /// <summary>The longest value a message quotes.</summary>
    private const int MaxQuoted = 60;

    /// <summary>
    /// A value as messages quote it: at most 60 characters (never half a surrogate pair) and made <see cref="Line(string)"/>,
    /// so that <c>"FRA\n"</c> reads as what it is and a value cannot break a message's line.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The value as messages quote it.</returns>
    public static string Quote(string value) =>
        Line(value.Length <= MaxQuoted ? value : value[..(char.IsHighSurrogate(value[MaxQuoted - 4]) ? MaxQuoted - 4 : MaxQuoted - 3)] + "...");

    /// <summary><see cref="Line(string)"/>, or <c>null</c> for <c>null</c>.</summary>
    /// <param name="value">The value, or <c>null</c>.</param>
    /// <returns>The value as reports show it, or <c>null</c>.</returns>
    public static string? LineOrNull(string? value) => value is null ? null : Line(value);

    /// <summary>
    /// Text of several lines (a rule's description or remediation) for a format whose syntax carries line breaks
    /// inside a value (JSON strings): line breaks are kept as LF (CR LF and lone CR become LF, trailing ones are
    /// dropped); everything else follows <see cref="Line(string)"/>, tabs included.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>The text as reports show it.</returns>
    public static string Prose(string value) => Neutralise(value.ReplaceLineEndings("\n").TrimEnd('\n'), keepLineBreaks: true);

    private static string Neutralise(string value, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = value.AsSpan();
        var first = FirstToEscape(span, 0, keepLineBreaks);
        if (first < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 16);
        var from = 0;
        for (var at = first; at >= 0; at = FirstToEscape(span, from, keepLineBreaks))
        {
            text.Append(span[from..at]);
            Append(text, span[at]);
            from = at + 1;
        }

        return text.Append(span[from..]).ToString();
    }

    /// <summary>The index of the first character from <paramref name="start"/> to escape, or -1.</summary>
    private static int FirstToEscape(ReadOnlySpan<char> text, int start, bool keepLineBreaks)
    {
        var at = start;
        while (at < text.Length)
        {
            var found = text[at..].IndexOfAny(Escaped);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            var c = text[at];
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                at += 2; // a valid pair: a character outside the BMP
                continue;
            }

            if (keepLineBreaks && c == '\n')
            {
                at++;
                continue;
            }

            return at;
        }

        return -1;
    }

    private static void Append(StringBuilder text, char c)
    {
        switch (c)
        {
            case '\r':
                text.Append("\\r");
                break;
            case '\n':
                text.Append("\\n");
                break;
            case '\t':
                text.Append("\\t");
                break;
            default:
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string EscapedCharacters()
    {
        var set = new StringBuilder();
        for (var c = '\0'; c <= '\u001F'; c++)
        {
            set.Append(c);
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            set.Append(c);
        }

        // Bidirectional controls (Arabic letter mark, LRM, RLM, embeddings, overrides, isolates), the line and
        // paragraph separators, and the noncharacters XML forbids.
        set.Append("\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFFFE\uFFFF");
        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            set.Append(c);
        }

        return set.ToString();
    }
}
