using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.Configuration;

namespace NormsEngine.Tests.Configuration;

/// <summary>Globs keep their meaning (the regular-expression translation they had) and match in polynomial time, whatever the pattern.</summary>
public sealed class GlobTests
{
    /// <summary>Fails instead of hanging: an exponential matcher takes years on these inputs, the automaton milliseconds.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("samples/**/vendor.yaml", "samples/vendor.yaml", true)]
    [InlineData("samples/**/vendor.yaml", "samples/a/b/vendor.yaml", true)]
    [InlineData("samples/**/vendor.yaml", "samples/a/b/vendor.yml", false)]
    [InlineData("samples/**/vendor.yaml", "samplesvendor.yaml", false)]
    [InlineData("**/*.yaml", "a.yaml", true)]
    [InlineData("**/*.yaml", "a/b/c.yaml", true)]
    [InlineData("*.yaml", "a/b.yaml", false)]
    [InlineData("*.yaml", ".yaml", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("a?c", "ac", false)]
    [InlineData("./a/*.yaml", ".\\a\\b.yaml", true)]
    [InlineData("a/**", "a/b/c", true)]
    [InlineData("a/**", "a/", true)]
    [InlineData("a/**", "a", false)]
    [InlineData("a**b", "a/x/b", true)]
    [InlineData("**", "", true)]
    [InlineData("**/**/**/x", "x", true)]
    [InlineData("**/**/**/x", "a/b/c/d/x", true)]
    [InlineData("a/**/**/b", "a/b", true)]
    [InlineData("a/**/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "a/xb", false)]
    [InlineData("a.b", "axb", false)]
    [InlineData("a+(b)", "a+(b)", true)]
    public void IsMatch_Examples_AsDocumented(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new Glob(pattern).IsMatch(path));
    }

    [Fact]
    public void IsMatch_RandomPatternsAndPaths_AgreeWithTheRegularExpressionTranslation()
    {
        // A seeded comparison with the translation globs had before (every ** / * / ? case, escaping), on paths
        // without line breaks, which the old translation's '.' and '$' treated specially.
        var random = new Random(20240611);
        const string PatternAlphabet = "ab/*?.";
        const string PathAlphabet = "ab/.";
        for (var i = 0; i < 20_000; i++)
        {
            var pattern = Draw(random, PatternAlphabet, random.Next(0, 9));
            var path = Draw(random, PathAlphabet, random.Next(0, 9));

            Assert.True(Reference(pattern).IsMatch(Glob.Normalise(path)) == new Glob(pattern).IsMatch(path), $"'{pattern}' against '{path}'");
        }
    }

    [Fact]
    public void IsMatch_ManyDoubleStarSegmentsAgainstALongPath_EndsWithTheRightResult()
    {
        var pattern = string.Concat(Enumerable.Repeat("**/", 1000)) + "x.yaml";
        var path = string.Concat(Enumerable.Repeat("a/", 2000)) + "y.yaml";

        Assert.False(Bounded(() => new Glob(pattern).IsMatch(path)));
        Assert.True(Bounded(() => new Glob(pattern).IsMatch(path[..^6] + "x.yaml")));
    }

    [Fact]
    public void IsMatch_InterleavedDoubleStarsThatCannotCollapse_EndsWithTheRightResult()
    {
        // Each "**/a/" may start at any of the path's a's: exponential for a backtracking matcher.
        var pattern = string.Concat(Enumerable.Repeat("**/a/", 200)) + "b";
        var path = string.Concat(Enumerable.Repeat("a/", 1500)) + "c";

        Assert.False(Bounded(() => new Glob(pattern).IsMatch(path)));
        Assert.True(Bounded(() => new Glob(pattern).IsMatch(path[..^1] + "b")));
    }

    [Fact]
    public void IsMatch_ManyStarsInOneSegment_EndsWithTheRightResult()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 500)) + "b";
        var path = new string('a', 4000);

        Assert.False(Bounded(() => new Glob(pattern).IsMatch(path)));
        Assert.True(Bounded(() => new Glob(pattern).IsMatch(path + "b")));
    }

    [Fact]
    public void Problem_GlobLongerThanAnyPath_IsReported()
    {
        Assert.Null(Glob.Problem(new string('*', Glob.MaxLength)));
        Assert.Equal("The glob is 4097 characters long; a glob is at most 4096.", Glob.Problem(new string('*', Glob.MaxLength + 1)));
    }

    private static string Draw(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    /// <summary>The regular expression a glob was translated to before the automaton replaced it.</summary>
    private static Regex Reference(string pattern)
    {
        pattern = Glob.Normalise(pattern);
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
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

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private static bool Bounded(Func<bool> match) => TestSupport.Bounded.Within(Bound, match, "matching");
}
