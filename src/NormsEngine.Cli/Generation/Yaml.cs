using System.Globalization;

namespace NormsEngine.Cli.Generation;

/// <summary>Writes YAML string scalars: plain when that is unambiguous, double-quoted otherwise.</summary>
internal static class Yaml
{
    private static readonly string[] Reserved = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"];

    /// <summary>Writes <paramref name="value"/> as a string scalar that reads back as the same string, in block or flow context.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The string.</param>
    public static void WriteString(TextWriter writer, string value)
    {
        if (IsPlain(value))
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\\':
                    writer.Write("\\\\");
                    break;
                case '\n':
                    writer.Write("\\n");
                    break;
                case '\t':
                    writer.Write("\\t");
                    break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff':
                    writer.Write("\\u");
                    writer.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    writer.Write(c);
                    break;
            }
        }

        writer.Write('"');
    }

    /// <summary>
    /// Whether a string can be written plain: it starts with a letter, holds only letters, digits, spaces, hyphens,
    /// dots and apostrophes (so no indicator, comment or flow character), does not end in a space and is not a word
    /// a YAML reader could take for a boolean or null.
    /// </summary>
    /// <param name="value">The string.</param>
    /// <returns><c>true</c> when the plain form reads back as the same string.</returns>
    public static bool IsPlain(string value)
    {
        if (value.Length == 0 || !char.IsLetter(value[0]) || value[^1] == ' ')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '\''))
            {
                return false;
            }
        }

        return !Reserved.Contains(value, StringComparer.OrdinalIgnoreCase);
    }
}
