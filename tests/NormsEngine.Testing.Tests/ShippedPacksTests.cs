using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Testing.Tests;

/// <summary>Every shipped YAML pack under rules/packs/ loads without errors and passes its own fixtures.</summary>
public class ShippedPacksTests
{
    public static TheoryData<string> Packs() => [.. PackNames()];

    [Fact]
    public void ShippedPacks_AreThere()
    {
        Assert.Equal(["eu-nis2", "supplier-security"], PackNames());
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void ShippedPack_LoadsAndPassesItsFixtures(string name)
    {
        var folder = RepositoryPaths.Combine("rules", "packs", name);
        var loaded = RulePackFile.Load(Path.Combine(folder, "pack.yaml"));
        Assert.True(loaded.Errors.Count == 0, "The pack has errors:" + Environment.NewLine + string.Join(Environment.NewLine, loaded.Errors));
        Assert.NotNull(loaded.Pack);

        var evaluator = new NormsEvaluator([loaded.Pack]);
        var results = PackFixture.RunFolder(Path.Combine(folder, "fixtures"), evaluator, null);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Expectations > 0, $"{r.File} has no annotations."));
        var failures = results.SelectMany(r => r.Failures).Select(f => f.ToString()).ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} fixture expectation(s) did not hold:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    private static string[] PackNames() =>
        [.. Directory.EnumerateDirectories(RepositoryPaths.Combine("rules", "packs")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
