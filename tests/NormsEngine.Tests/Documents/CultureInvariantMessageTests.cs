using System.Globalization;
using System.Text;
using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// Loader messages are the same bytes on every machine (issue 11): numbers are formatted invariantly, never with
/// the current culture's group separator (de-DE "4.194.304", fr-FR "4 194 304" with a narrow no-break space).
/// </summary>
public sealed class CultureInvariantMessageTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Load_InputOverTheSizeLimit_WritesTheLimitInvariantly(string culture)
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxInputBytes = 1_234_567 });

        var message = InCulture(culture, () => Assert.Single(Assert.Single(loader.Load(new string('a', 1_234_568))).Findings).Message);

        Assert.Equal("The input is larger than 1,234,567 bytes; it was not read (limit: input size).", message);
        Assert.True(IsAscii(message), message);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Load_EachLimitAndRange_WritesNumbersInvariantly(string culture)
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxDocuments = 1_500, MaxAliasExpansion = 12_345, MaxNodes = 2_500, MaxAliases = 1_200 });
        var documents = string.Concat(Enumerable.Repeat("---\n", 1_501));
        var expansion = Yaml.Document("x-a: &a " + new string('a', 20_000), "x-b: *a");
        var nodes = Yaml.Document("x-list: [" + string.Join(", ", Enumerable.Repeat("1", 2_600)) + "]");
        var aliases = Yaml.Document("x-a: &a 1", "x-b: [" + string.Join(", ", Enumerable.Repeat("*a", 1_201)) + "]");
        var range = Yaml.Document("network:", "  asns: [4294967296]");

        var messages = InCulture(culture, () => new[] { documents, expansion, nodes, aliases, range }
            .Select(text => loader.Load(text)[^1].Findings.Single(f => f.RuleId is "NE0005" or "NE0003").Message)
            .ToList());

        Assert.Contains("more than 1,500 documents", messages[0], StringComparison.Ordinal);
        Assert.Contains("more than 12,345 characters", messages[1], StringComparison.Ordinal);
        Assert.Contains("more than 2,500 nodes", messages[2], StringComparison.Ordinal);
        Assert.Contains("more than 1,200 alias references", messages[3], StringComparison.Ordinal);
        Assert.Contains("a whole number from 0 to 4294967295", messages[4], StringComparison.Ordinal);
        Assert.All(messages, m => Assert.True(IsAscii(m), m));
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var target = CultureInfo.GetCultureInfo(name);

        // Without culture data (invariant globalization) this test could not fail: say so rather than pass.
        Assert.NotEqual("1,234,567", 1_234_567.ToString("N0", target));
        return CultureSwitch.Run(target, action);
    }

    private static bool IsAscii(string text) => Encoding.UTF8.GetByteCount(text) == text.Length && !text.Any(char.IsControl);
}
