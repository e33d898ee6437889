using System.Text.RegularExpressions;

namespace NormsEngine.Cli.Tests.Docs;

/// <summary>A fenced code block of a Markdown file: the file (relative to the repository root), the block's first code line, its code.</summary>
internal sealed partial record MarkdownSnippet(string File, int Line, string Code)
{
    /// <summary>Folders that hold no documentation of the repository's own: build output, installed tools, Git.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", "artifacts", "TestResults" };

    public override string ToString() => $"{File}:{Line}";

    /// <summary>Every Markdown file of the repository, in ordinal order of its relative path.</summary>
    public static IReadOnlyList<string> MarkdownFiles(string root)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            files.AddRange(Directory.EnumerateFiles(folder, "*.md").Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && !Skipped.Contains(name))
                {
                    pending.Push(child);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The fenced blocks of <paramref name="text"/> whose info string is one of <paramref name="languages"/> (ignoring case).</summary>
    public static IReadOnlyList<MarkdownSnippet> Extract(string file, string text, params string[] languages)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var snippets = new List<MarkdownSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var language = open.Groups["info"].Value.Trim().Split(' ', 2)[0];
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !IsClosing(lines[end], fence))
            {
                end++;
            }

            if (languages.Contains(language, StringComparer.OrdinalIgnoreCase))
            {
                snippets.Add(new MarkdownSnippet(file, start + 1, string.Join('\n', lines[start..Math.Min(end, lines.Length)])));
            }

            i = end;
        }

        return snippets;
    }

    private static bool IsClosing(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    // CommonMark: up to three spaces, then three or more backticks or tildes, then the info string.
    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();
}
