using NormsEngine.Engine;
using NormsEngine.Packs;

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
        var folder = Path.Combine(RepositoryRoot(), "rules", "packs", name);
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
        [.. Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "rules", "packs")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NormsEngine.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NormsEngine.sln above {AppContext.BaseDirectory}.");
    }
}
