using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Cli.Output;

/// <summary>
/// A unified diff of two texts by lines, as <c>diff -u</c> and <c>git diff</c> print it (three lines of context),
/// computed with Myers' algorithm, which is fast when the texts differ in few lines, as fixes make them. Lines are
/// compared with their line breaks, so that a changed line ending shows; they are printed without them, and with
/// control characters escaped (<see cref="MessageText.Line"/>) so that a document's text cannot drive the terminal.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/> as the file <paramref name="name"/>; empty when equal.</summary>
    public static string Create(string name, string before, string after)
    {
        if (before == after)
        {
            return string.Empty;
        }

        var a = Lines(before);
        var b = Lines(after);
        var script = Script(a, b);
        var shown = MessageText.Line(name.Replace('\\', '/').TrimStart('/'));
        var text = new StringBuilder().Append("--- a/").Append(shown).Append('\n').Append("+++ b/").Append(shown).Append('\n');
        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from 3 lines before the change to 3 lines after the last change that is within 6 lines of the next.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < script.Count)
            {
                var next = end;
                while (next < script.Count && script[next].Kind != ' ')
                {
                    next++;
                }

                var equal = next;
                while (equal < script.Count && script[equal].Kind == ' ')
                {
                    equal++;
                }

                if (equal < script.Count && equal - next <= 2 * Context)
                {
                    end = equal;
                    continue;
                }

                end = Math.Min(script.Count, next + Context);
                break;
            }

            var hunk = script.GetRange(start, end - start);
            var oldStart = hunk.FirstOrDefault(o => o.Kind != '+').Old;
            var newStart = hunk.FirstOrDefault(o => o.Kind != '-').New;
            var oldCount = hunk.Count(o => o.Kind != '+');
            var newCount = hunk.Count(o => o.Kind != '-');
            if (oldCount == 0)
            {
                oldStart = start == 0 ? 0 : script[start - 1].Old;
            }

            if (newCount == 0)
            {
                newStart = start == 0 ? 0 : script[start - 1].New;
            }

            text.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            foreach (var op in hunk)
            {
                var line = op.Kind == '+' ? b[op.New - 1] : a[op.Old - 1];
                text.Append(op.Kind).Append(MessageText.Line(line.TrimEnd('\r', '\n'))).Append('\n');
                if (!line.EndsWith('\n') && !line.EndsWith('\r'))
                {
                    text.Append("\\ No newline at end of file\n");
                }
            }

            i = end;
        }

        return text.ToString();
    }

    private static string Range(int start, int count) =>
        count == 1 ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start},{count}");

    /// <summary>The lines of a text, each with its line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    internal static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>The edit script: each line kept (' '), removed ('-') or added ('+'), with its 1-based line numbers.</summary>
    private static List<(char Kind, int Old, int New)> Script(List<string> a, List<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var max = n + m;
        var v = new int[(2 * max) + 2];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[max + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, max, n, m, d);
                }
            }
        }

        throw new InvalidOperationException("unreachable: a diff always ends");
    }

    private static List<(char Kind, int Old, int New)> Backtrack(List<int[]> trace, int max, int n, int m, int last)
    {
        var script = new List<(char, int, int)>();
        var x = n;
        var y = m;
        for (var d = last; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previous = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? k + 1 : k - 1;
            var px = v[max + previous];
            var py = px - previous;
            while (x > px && y > py)
            {
                script.Add((' ', x, y));
                x--;
                y--;
            }

            script.Add(x == px ? ('+', x, y) : ('-', x, y));
            x = px;
            y = py;
        }

        while (x > 0 && y > 0)
        {
            script.Add((' ', x, y));
            x--;
            y--;
        }

        script.Reverse();
        return script;
    }
}
