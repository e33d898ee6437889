using System.Text.RegularExpressions;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>The examples in the tool's help name files that exist: a reader copies them to try the tool.</summary>
public sealed partial class HelpExampleTests
{
    [Fact]
    public void Examples_SamplePaths_Exist()
    {
        var commands = RepositoryPaths.Combine("src", "NormsEngine.Cli", "Commands");
        var named = Directory.EnumerateFiles(commands, "*.cs")
            .SelectMany(file => SamplePath().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Path: m.Value)))
            .ToList();

        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.True(File.Exists(RepositoryPaths.Combine(n.Path.Split('/'))), $"{n.File} names {n.Path}, which does not exist"));
    }

    [GeneratedRegex(@"samples/[\w./-]+\.ya?ml")]
    private static partial Regex SamplePath();
}
