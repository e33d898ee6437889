using System.Text;

namespace NormsEngine.TestSupport;

/// <summary>
/// Seeded mutations of real inputs (packs, configurations, baselines) as an attacker or a careless edit makes them:
/// characters and YAML or JSON syntax inserted or deleted, values replaced by hostile ones (huge or non-integer
/// numbers, lone surrogate escapes, catastrophic regular expressions, globs of many <c>**/</c>, aliases, tags),
/// lines duplicated, swapped, reindented or repeated, text truncated, bytes made invalid UTF-8.
/// The same seed gives the same mutations on every machine.
/// </summary>
public static class HostileMutator
{
    private static readonly string[] YamlScalars =
    [
        "1e400", "-1", "1.0", "0x1F", "~", "null", "[]", "{}", "*anchor", "&anchor x", "!!binary AA==", "!custom x", "!!int 24",
        "'(a+)+\\1$'", "'^(a)(a+)+\\1$'", "'(?<=a)b'", "'a{1000000}'", "'['", "'(?i)x'", "'\\p{L}+'", "'(?<n>a)\\k<n>'", "'.{0,65535}.{0,65535}'",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\x01\\x1b[31m\"", "\"a\\r\\nb\"", Globs(40) + "x.yaml", "\"" + Globs(300) + "\"", "\"" + new string('a', 5000) + "\"",
        "2026-02-30", "9999999999999999999999999999", ".nan", "-.inf", "true", "\"\"", "|\n  block", ">-\n  folded", "? complex",
        "[a, [b, [c, [d]]]]", "{ all: [ { any: [ { not: { x-a: { equals: 1 } } } ] } ] }", "{ matches: '^(a)(a+)+\\1$' }", "{ threshold: nope }",
        "{ path: item.name }", "PC*", "P10", "none", "error", "paris-call", "../../../etc/passwd.yaml", "/dev/zero",
    ];

    private static readonly string[] YamlFragments =
    [
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!", "|", ">", "'", "\"", "#", "# norms-ignore PC0101: x", "%", "@", "`",
        "\n", " ", "  ", "\t", "\r", "\u0085", "\u2028", "\uFEFF", "\0", "\\", "(a+)+$", "**/", "\ud800", "---\n", "...\n", "<<: *a\n", "? ",
    ];

    private static readonly string[] JsonValues =
    [
        "1.0", "1e400", "-1e400", "1E+2", "-0", "0.0000001", "99999999999999999999999", "2147483648", "null", "true", "[]", "{}", "\"1\"",
        "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"\\ud800\\u0041\"", "\"" + new string('x', 10_000) + "\"", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]",
        "{\"fingerprint\": \"\\ud83d\"}", "NaN", "Infinity", "'x'", "01", "+1", ".5", "1.", "\"\\q\"",
    ];

    private static readonly string[] JsonFragments =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "/*x*/", "//x\n", ",]", ",}", "\"version\": 2,", "\"findings\": 1,", "\0", "\n", " ", "\uFEFF", "\ud800",
    ];

    /// <summary>Mutates a YAML text (a pack or a configuration) one to four times.</summary>
    public static string MutateYaml(string text, Random random) => Mutate(text, random, YamlScalars, YamlFragments, ": ");

    /// <summary>Mutates a JSON text (a baseline) one to four times.</summary>
    public static string MutateJson(string text, Random random) => Mutate(text, random, JsonValues, JsonFragments, "\": ");

    /// <summary>Makes a UTF-8 encoding invalid at a random place: a stray byte, a truncated or overlong sequence, an encoded surrogate.</summary>
    public static byte[] BreakUtf8(byte[] bytes, Random random)
    {
        byte[][] invalid = [[0xFF], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];
        var at = random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. invalid[random.Next(invalid.Length)], .. bytes.AsSpan(at)];
    }

    private static string Globs(int count) => string.Concat(Enumerable.Repeat("**/", count));

    private static string Mutate(string text, Random random, string[] values, string[] fragments, string valueMarker)
    {
        var mutations = random.Next(1, 5);
        for (var m = 0; m < mutations; m++)
        {
            text = random.Next(10) switch
            {
                0 or 1 => ReplaceValue(text, random, values, valueMarker),
                2 => Insert(text, random, fragments[random.Next(fragments.Length)]),
                3 => DeleteRange(text, random),
                4 => EditLines(text, random, (lines, i) => lines.Insert(i, lines[random.Next(lines.Count)])),
                5 => EditLines(text, random, (lines, i) => (lines[i], lines[^1]) = (lines[^1], lines[i])),
                6 => EditLines(text, random, (lines, i) => lines[i] = random.Next(2) == 0 ? "  " + lines[i] : lines[i].TrimStart()),
                7 => EditLines(text, random, (lines, i) => lines.RemoveAt(i)),
                8 => text[..random.Next(text.Length + 1)],
                _ => EditLines(text, random, (lines, i) => lines.InsertRange(i, Enumerable.Repeat(lines[i], random.Next(2, 50)))),
            };
        }

        return text;
    }

    /// <summary>Replaces what follows a key (<c>key: value</c>, <c>"key": value</c>) on a random line with a hostile value.</summary>
    private static string ReplaceValue(string text, Random random, string[] values, string marker)
    {
        var starts = new List<int>();
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at + marker.Length);
        }

        if (starts.Count == 0)
        {
            return Insert(text, random, values[random.Next(values.Length)]);
        }

        var start = starts[random.Next(starts.Count)];
        var end = text.IndexOfAny(['\n', ','], start);
        end = end < 0 ? text.Length : end;
        return string.Concat(text.AsSpan(0, start), values[random.Next(values.Length)], text.AsSpan(end));
    }

    private static string Insert(string text, Random random, string fragment)
    {
        var at = random.Next(text.Length + 1);
        return string.Concat(text.AsSpan(0, at), fragment, text.AsSpan(at));
    }

    private static string DeleteRange(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = random.Next(text.Length);
        var length = Math.Min(text.Length - start, random.Next(1, 40));
        return text.Remove(start, length);
    }

    private static string EditLines(string text, Random random, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        var result = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            result.Append(lines[i]);
            if (i + 1 < lines.Count)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }
}
