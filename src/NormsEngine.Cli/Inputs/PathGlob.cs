using System.Text;
using System.Text.RegularExpressions;

namespace NormsEngine.Cli.Inputs;

/// <summary>
/// A file glob as shells and CI files write it: <c>**</c> any number of folders, <c>*</c> any characters but
/// <c>/</c>, <c>?</c> one character. The folders before the first wildcard are the base that is searched.
/// </summary>
internal sealed class PathGlob
{
    private readonly Regex _regex;

    private PathGlob(string baseDirectory, string pattern)
    {
        BaseDirectory = baseDirectory;
        _regex = new Regex(ToRegex(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The folder the search starts in (the literal part of the pattern).</summary>
    public string BaseDirectory { get; }

    /// <summary>Whether <paramref name="argument"/> has a wildcard.</summary>
    public static bool IsGlob(string argument) => argument.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Splits <paramref name="argument"/> into its literal base folder and the wildcard part.</summary>
    public static PathGlob Parse(string argument, string currentDirectory)
    {
        var segments = argument.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => !IsGlob(s)).Count();
        var basePart = string.Join('/', segments.Take(literal));
        if (literal == 1 && basePart.Length == 0)
        {
            basePart = "/";
        }

        var baseDirectory = Path.GetFullPath(basePart.Length == 0 ? currentDirectory : Path.Combine(currentDirectory, basePart));
        return new PathGlob(baseDirectory, string.Join('/', segments.Skip(literal)));
    }

    /// <summary>Whether a path relative to <see cref="BaseDirectory"/> (forward slashes) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var folders = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(folders ? "(?:[^/]+/)*" : ".*");
                i += folders ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return regex.Append('$').ToString();
    }
}
