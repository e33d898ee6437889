using NormsEngine.Configuration;

namespace NormsEngine.Cli.Inputs;

/// <summary>
/// A file glob as shells and CI files write it: <c>**</c> any number of folders, <c>*</c> any characters but
/// <c>/</c>, <c>?</c> one character. The folders before the first wildcard are the base that is searched; the
/// rest is matched with the library's <see cref="Glob"/>, the same matcher configuration suppressions use.
/// </summary>
internal sealed class PathGlob
{
    private readonly Glob _glob;

    private PathGlob(string baseDirectory, string pattern)
    {
        BaseDirectory = baseDirectory;
        _glob = new Glob(pattern);
    }

    /// <summary>The folder the search starts in (the literal part of the pattern).</summary>
    public string BaseDirectory { get; }

    /// <summary>Whether <paramref name="argument"/> has a wildcard.</summary>
    public static bool IsGlob(string argument) => Glob.IsGlob(argument);

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
    public bool IsMatch(string relativePath) => _glob.IsMatch(relativePath);
}
