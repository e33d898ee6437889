using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NormsEngine.Model;

namespace NormsEngine.Tests.Model;

/// <summary>The model's patterns, written out as matchers, say exactly what their compiled JSON Schema pattern says.</summary>
public sealed class FieldPatternsTests
{
    private static readonly System.Text.RegularExpressions.Regex Url = FieldShape.Compile(FieldShape.HttpsUrlPattern);
    private static readonly System.Text.RegularExpressions.Regex Country = FieldShape.Compile(FieldPatterns.CountryCode);

    [Property(MaxTest = 3000, Arbitrary = [typeof(UrlLikeText)])]
    public bool IsHttpsUrl_UrlLikeText_AgreesWithThePattern(string text) => FieldPatterns.IsHttpsUrl(text) == Url.IsMatch(text);

    [Fact]
    public void UrlLikeText_Sample_GivesBothAnswersOften()
    {
        var sample = UrlLikeText.Text().Generator.Sample(1000);
        var matching = sample.Count(Url.IsMatch);

        Assert.Equal(1000, sample.Length);
        // About a quarter match (each of ten parts is valid six times in seven); 100 is ten standard deviations off.
        Assert.True(matching is >= 100 and <= 900, $"{matching} of 1000 match");
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(CodeLikeText)])]
    public bool IsCountryCode_CodeLikeText_AgreesWithThePattern(string text) => FieldPatterns.IsCountryCode(text) == Country.IsMatch(text);

    [Property(MaxTest = 500)]
    public bool IsHttpsUrl_AnyString_AgreesWithThePattern(string? text) =>
        FieldPatterns.IsHttpsUrl(text ?? string.Empty) == Url.IsMatch(text ?? string.Empty);

    [Theory]
    [InlineData("https://example.org/security", true)]
    [InlineData("HTTPS://EXAMPLE.ORG", true)]
    [InlineData("hTtPs://a.b.:8443/x/%2F/y;z?q=1/2?#frag?/", true)]
    [InlineData("https://192.0.2.1:1/", true)]
    [InlineData("https://a", true)]
    [InlineData("https://a.", true)]
    [InlineData("http://example.org", false)]
    [InlineData("https://", false)]
    [InlineData("https://-a.org", false)]
    [InlineData("https://a-.org", false)]
    [InlineData("https://a..org", false)]
    [InlineData("https://a:", false)]
    [InlineData("https://a:123456", false)]
    [InlineData("https://a/%2", false)]
    [InlineData("https://a/%G0", false)]
    [InlineData("https://a/b c", false)]
    [InlineData("https://user@a.org", false)]
    [InlineData("https://a.org\n", false)]
    [InlineData("https://caf\u00e9.org", false)]
    [InlineData("https\u017F://a.org", false)]
    public void IsHttpsUrl_Example_MatchesAsThePatternDoes(string text, bool expected)
    {
        Assert.Equal(expected, FieldPatterns.IsHttpsUrl(text));
        Assert.Equal(expected, Url.IsMatch(text));
    }

    [Theory]
    [InlineData("^a\\d$", "a1", true)]
    [InlineData("^a\\d$", "a\u0661", false)]
    [InlineData("^a\\d$", "a1\n", false)]
    public void For_OtherPattern_CompilesItWithEcmaMeaning(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, FieldPatterns.For(pattern)(text));
    }

    [Fact]
    public void Accepts_CountryField_UsesTheWrittenMatcher()
    {
        var shape = FieldCatalog.Find("metadata.country")!.Shape;

        Assert.Equal(FieldPatterns.CountryCode, shape.Pattern);
        Assert.True(shape.Accepts("FRA"));
        Assert.False(shape.Accepts("FRA\n"));
        Assert.False(shape.Accepts("fra"));
    }

    /// <summary>
    /// URLs built part by part (scheme, labels, port, path, query, fragment, what follows), each part most often
    /// valid and sometimes just wrong, so that both answers come up often and each rule of the pattern is crossed.
    /// </summary>
    public static class UrlLikeText
    {
        public static Arbitrary<string> Text() =>
            (from scheme in Part(["https://", "HTTPS://", "hTtPs://"], ["http://", "https:/", "https\u017F://", string.Empty])
             from labelCount in Gen.Choose(1, 3)
             from labels in Part(["a", "example", "org", "Z0", "a-b", "a--b", "9", "x1"], ["-a", "a-", "a_b", "caf\u00e9", string.Empty]).ListOf(labelCount)
             from separator in Part(["."], ["..", "-"])
             from trailingDot in Part([string.Empty, string.Empty, "."], [".."])
             from port in Part([string.Empty, ":1", ":443", ":12345"], [":123456", ":", ":a", "::1"])
             from segmentCount in Gen.Choose(0, 3)
             from path in Part(["/", "/x", "/a%2F", "/%2f%aB", "/~!$&'()*+,;=:@-._", "//", "/security"], ["/%G1", "/%2", "/b c", "/\u00e9", "/a\\b", "/[x]"]).ListOf(segmentCount)
             from query in Part([string.Empty, string.Empty, "?", "?q=1/2?", "?a%20b"], ["?%zz", "?a b", "?a\nb"])
             from fragment in Part([string.Empty, string.Empty, "#", "#f/?", "#a%2F"], ["#a b", "##"])
             from tail in Part([string.Empty], ["\n", "\r\n", " ", "\u212A", "%", "%4"])
             select scheme + string.Join(separator, labels) + trailingDot + port + string.Concat(path) + query + fragment + tail)
            .ToArbitrary();

        /// <summary>A valid piece six times in seven, else one that breaks the pattern (or, next to others, may not).</summary>
        private static Gen<string> Part(string[] valid, string[] invalid) =>
            from roll in Gen.Choose(0, 6)
            from piece in roll == 0 ? Gen.Elements(invalid) : Gen.Elements(valid)
            select piece;
    }

    /// <summary>Short texts of capitals and near misses.</summary>
    public static class CodeLikeText
    {
        public static Arbitrary<string> Text() =>
            Gen.Elements("A", "F", "Z", "a", "z", "0", "\u00c9", "\n", " ", "@", "[")
                .ArrayOf()
                .Select(parts => string.Concat(parts.Take(5)))
                .ToArbitrary();
    }
}
