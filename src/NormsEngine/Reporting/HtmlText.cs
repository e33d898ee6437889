using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// Text into HTML for the <c>html</c> format. Every value from input goes through <see cref="MessageText"/> first
/// (no control, bidirectional or separator character survives), then every character that is HTML syntax becomes a
/// character reference, so that a value can never open a tag, an attribute or an entity, in text or in a quoted
/// attribute alike.
/// </summary>
internal static class HtmlText
{
    /// <summary>A value on one line, escaped for text and for double-quoted attributes.</summary>
    public static string Escape(string value) => Raw(MessageText.Line(value));

    /// <summary>Several lines of text (a rule's remediation), escaped; line breaks kept as LF.</summary>
    public static string Prose(string value) => Raw(MessageText.Prose(value));

    /// <summary>Appends a value on one line, escaped.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, string value) => html.Append(Escape(value));

    /// <summary>
    /// A link target for an <c>href</c>: only absolute http and https links, escaped for a double-quoted attribute;
    /// <c>null</c> for anything else (a <c>javascript:</c> link from a pack, a relative path), which is then shown as text.
    /// </summary>
    public static string? Href(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? Escape(uri.AbsoluteUri)
            : null;

    /// <summary>
    /// A fragment of an <c>id</c> from a value (a rule ID, a principle ID): ASCII letters and digits kept, anything
    /// else as <c>_</c> and its code in hex, so that distinct values give distinct ids and an id is never markup.
    /// </summary>
    public static string Id(string value)
    {
        var id = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else
            {
                id.Append('_').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return id.ToString();
    }

    /// <summary>Escapes HTML syntax in text that holds no control character.</summary>
    private static string Raw(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }

        return html.ToString();
    }
}
