using System.Globalization;
using System.Text;

namespace NormsEngine.Configuration;

/// <summary>
/// Keeps the messages about packs, configuration files and baselines one line of plain text whatever their input
/// holds: a quoted value with a line break (a YAML plain scalar folds lines), an escape sequence or a terminal
/// control code would otherwise split a message on standard error or forge a line of its own.
/// </summary>
internal static class MessageText
{
    /// <summary>The longest value a message quotes.</summary>
    private const int MaxQuoted = 60;

    /// <summary>A value as a message quotes it: at most 60 characters, made <see cref="Visible"/>.</summary>
    public static string Quote(string value) => Visible(value.Length <= MaxQuoted ? value : value[..(MaxQuoted - 3)] + "...");

    /// <summary>The text with line breaks, tabs and other control characters written as escapes (<c>\n</c>, <c>\u001B</c>).</summary>
    public static string Visible(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (first < 0 && !text.Any(IsOtherControl))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || IsOtherControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return visible.ToString();
    }

    /// <summary>DEL, the C1 controls (with NEL), the line and paragraph separators, and the bidirectional overrides.</summary>
    private static bool IsOtherControl(char c) =>
        c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
