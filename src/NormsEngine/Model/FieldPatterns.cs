using System.Buffers;

namespace NormsEngine.Model;

/// <summary>
/// How the binder tests a text field against its pattern. The model's own patterns have their matcher written out:
/// building a NonBacktracking regex takes about 45 ms in a fresh process (measured), most of a one-document check's
/// budget, while these take nothing to build and are linear by construction. Any other pattern is compiled
/// NonBacktracking (<see cref="FieldShape.Compile"/>). Tests hold each written matcher to the compiled pattern.
/// </summary>
internal static class FieldPatterns
{
    /// <summary>An ISO 3166-1 alpha-3 country code (<see cref="OrganisationMetadata.Country"/>).</summary>
    public const string CountryCode = "^[A-Z]{3}$";

    /// <summary>What a path segment may hold besides percent escapes: <c>[A-Za-z0-9._~!$&amp;'()*+,;=:@-]</c>.</summary>
    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~!$&'()*+,;=:@-");

    /// <summary>The matcher for <paramref name="pattern"/>, a JSON Schema (ECMA-262) pattern.</summary>
    public static Func<string, bool> For(string pattern) => pattern switch
    {
        FieldShape.HttpsUrlPattern => IsHttpsUrl,
        CountryCode => IsCountryCode,
        _ => Compiled(pattern),
    };

    /// <summary>Three ASCII capital letters, nothing else (<see cref="CountryCode"/>).</summary>
    public static bool IsCountryCode(string text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    /// <summary>
    /// Whether <paramref name="text"/> matches <see cref="FieldShape.HttpsUrlPattern"/>, read left to right in one
    /// pass: the scheme, the host's labels and optional final dot, an optional port of 1 to 5 digits, path segments,
    /// an optional query and fragment, then the end of the text. Each part of the pattern ends at a character the
    /// part cannot contain, so the longest run is the only one that can match and nothing is ever read twice.
    /// </summary>
    public static bool IsHttpsUrl(string text)
    {
        const string Scheme = "https://";
        if (text.Length < Scheme.Length)
        {
            return false;
        }

        for (var k = 0; k < Scheme.Length; k++)
        {
            // [Hh][Tt][Tt][Pp][Ss]: ASCII letters in either case; the "://" exactly.
            var c = text[k];
            if (c != Scheme[k] && !(char.IsAsciiLetter(Scheme[k]) && c == char.ToUpperInvariant(Scheme[k])))
            {
                return false;
            }
        }

        var i = Scheme.Length;

        // Host: [A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])? labels separated by dots, then an optional final dot.
        while (true)
        {
            if (i >= text.Length || !char.IsAsciiLetterOrDigit(text[i]))
            {
                return false;
            }

            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (text[i - 1] == '-')
            {
                return false;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    continue;
                }
            }

            break;
        }

        // Port: (?::[0-9]{1,5})?
        if (i < text.Length && text[i] == ':')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start || i - start > 5)
            {
                return false;
            }
        }

        // Path: (?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})*)*
        while (i < text.Length && text[i] == '/')
        {
            i = Characters(text, i + 1, query: false);
        }

        // Query and fragment: the same characters and '/' and '?'.
        if (i < text.Length && text[i] == '?')
        {
            i = Characters(text, i + 1, query: true);
        }

        if (i < text.Length && text[i] == '#')
        {
            i = Characters(text, i + 1, query: true);
        }

        return i == text.Length;
    }

    /// <summary>The index after the run of URL characters (or percent escapes) from <paramref name="i"/>.</summary>
    private static int Characters(string text, int i, bool query)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (PathCharacters.Contains(c) || (query && c is '/' or '?'))
            {
                i++;
            }
            else if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                i += 3;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static Func<string, bool> Compiled(string pattern)
    {
        var regex = FieldShape.Compile(pattern);
        return text =>
        {
            try
            {
                return regex.IsMatch(text);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                return false;
            }
        };
    }
}
