using System.Text;
using System.Text.RegularExpressions;

namespace NormsEngine.Configuration;

/// <summary>
/// Path globs as CI users write them: <c>**</c> any number of folders, <c>*</c> any characters but <c>/</c>,
/// <c>?</c> one character. Paths are compared with forward slashes.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = Normalise(pattern);
        var regex = new StringBuilder("^");
        for (var i = 0; i < Pattern.Length; i++)
        {
            var c = Pattern[i];
            if (c == '*' && i + 1 < Pattern.Length && Pattern[i + 1] == '*')
            {
                var slash = i + 2 < Pattern.Length && Pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
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

        _regex = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    /// <summary>Whether <paramref name="pattern"/> has a wildcard.</summary>
    public static bool IsGlob(string pattern) => pattern.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>A path with forward slashes and no leading <c>./</c>.</summary>
    public static string Normalise(string path)
    {
        var normalised = path.Replace('\\', '/');
        while (normalised.StartsWith("./", StringComparison.Ordinal))
        {
            normalised = normalised[2..];
        }

        return normalised;
    }

    public bool IsMatch(string path) => _regex.IsMatch(Normalise(path));
}
