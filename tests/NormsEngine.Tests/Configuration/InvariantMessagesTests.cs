using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Configuration;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Configuration;

/// <summary>Messages about packs, configuration files, baselines and globs read the same on every machine, whatever its culture.</summary>
public sealed class InvariantMessagesTests : IDisposable
{
    private readonly Workspace _workspace = new("norms-culture-");

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Messages_UnderAnotherCulture_FormatNumbersInvariantly(string name)
    {
        var culture = new CultureInfo(name);
        Assert.NotEqual("4,194,304", 4_194_304L.ToString("N0", culture));
        var big = _workspace.Write("big.yaml", new byte[(4 * 1024 * 1024) + 1]);

        var messages = CultureSwitch.Run(culture, () => new[]
        {
            Assert.Single(RulePackFile.Load(big).Errors).Message,
            Assert.Single(RulePackFile.Parse(new string(' ', (4 * 1024 * 1024) + 1), "pack.yaml").Errors).Message,
            Assert.Single(ConfigurationFile.Load(big).Errors).Message,
            Assert.Throws<BaselineException>(() => Baseline.Load(big)).Message,
            Glob.Problem(new string('*', 5000))!,
            Problem(new PatternBudget(TimeSpan.FromMilliseconds(1.5))),
        });

        Assert.Equal("The pack file is larger than 4,194,304 bytes; it was not read (limit: input size).", messages[0]);
        Assert.Equal("The pack is larger than 4,194,304 characters; it was not read.", messages[1]);
        Assert.Equal("The configuration file is larger than 4,194,304 bytes; it was not read (limit: input size).", messages[2]);
        Assert.EndsWith("(1,1): The baseline is larger than 4,194,304 bytes; it was not read (limit: input size).", messages[3], StringComparison.Ordinal);
        Assert.Equal("The glob is 5000 characters long; a glob is at most 4096.", messages[4]);
        Assert.Equal("matching /a/ was not tried: the document's 1.5 ms budget for pattern matching is spent", messages[5]);
    }

    private static string Problem(PatternBudget budget)
    {
        // Spend the budget with a test that times out after 10 ms, then ask again: the answer names the budget.
        budget.IsMatch(new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(10)), new string('a', 5000) + "b", out _);
        Assert.Null(budget.IsMatch(new Regex("a"), "a", out var problem));
        return problem!;
    }
}
