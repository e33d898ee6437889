using NormsEngine.Model;

namespace NormsEngine.Tests.Model;

/// <summary>Field patterns are JSON Schema (ECMA-262) patterns; the binder applies them as a JSON Schema validator does.</summary>
public sealed class FieldShapeTests
{
    [Theory]
    [InlineData("^[A-Z]{3}$", "FRA", true)]
    [InlineData("^[A-Z]{3}$", "FRA\n", false)]
    [InlineData("^[A-Z]{3}$", "FRA\r\n", false)]
    [InlineData("^a[$]$", "a$", true)]
    [InlineData(@"^a\$$", "a$", true)]
    [InlineData(@"^a\$$", "a$\n", false)]
    [InlineData(@"^\d{2}$", "12", true)]
    [InlineData(@"^\d{2}$", "\u0661\u0662", false)]
    [InlineData(@"^[\d-]+$", "1-2", true)]
    [InlineData(@"^\w+$", "caf\u00e9", false)]
    public void Compile_EcmaPattern_MatchesAsJsonSchemaDoes(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, FieldShape.Compile(pattern).IsMatch(text));
    }

    [Theory]
    [InlineData("hygiene.endOfLifeSoftwareCount", "a whole number, 0 or more")]
    [InlineData("hygiene.mfa.adminPct", "a percentage from 0 to 100")]
    public void Describe_Field_WordsItsRange(string path, string expected)
    {
        Assert.Equal(expected, FieldCatalog.Find(path)!.Shape.Describe());
    }

    [Fact]
    public void Find_DisclosureUrl_CarriesTheHttpsPattern()
    {
        var shape = FieldCatalog.Find("lifecycle.disclosure.url")!.Shape;

        Assert.True(shape.IsUrl);
        Assert.Equal(FieldShape.HttpsUrlPattern, shape.Pattern);
        Assert.Matches(shape.PatternRegex!, "HTTPS://example.org/security");
        Assert.DoesNotMatch(shape.PatternRegex!, "https://example.org/security\n");
    }

    [Fact]
    public void HttpsUrlPattern_FourMegabyteHost_IsCheckedQuickly()
    {
        var text = "https://" + new string('a', 4 * 1024 * 1024) + "!";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.DoesNotMatch(FieldShape.Compile(FieldShape.HttpsUrlPattern), text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The URL pattern took {clock.ElapsedMilliseconds} ms.");
    }
}
