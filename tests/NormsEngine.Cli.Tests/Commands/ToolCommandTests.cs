using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>The commands around check: schema, help on every command, version.</summary>
public sealed class ToolCommandTests
{
    [Fact]
    public void Schema_PrintsTheCommittedJsonSchema()
    {
        var (exit, output, _) = CliRunner.Run("schema");

        Assert.Equal(0, exit);
        var committed = File.ReadAllText(RepositoryPaths.Combine("src", "NormsEngine", "Schemas", "organisation.schema.json"));
        Assert.Equal(committed.ReplaceLineEndings("\n").TrimEnd(), output.ReplaceLineEndings("\n").TrimEnd());
        using var json = JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("baseline")]
    [InlineData("baseline", "create")]
    [InlineData("rules")]
    [InlineData("rules", "list")]
    [InlineData("rules", "describe")]
    [InlineData("rules", "docs")]
    [InlineData("test")]
    [InlineData("init")]
    [InlineData("schema")]
    public void Help_EveryCommand_ShowsExamples(params string[] command)
    {
        var (exit, output, error) = CliRunner.Run([.. command, "--help"]);

        Assert.True(exit == 0, error);
        Assert.Contains("Examples:\n  norms ", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_InProcessAndAsAProcess_PrintsThePackageVersion()
    {
        var inProcess = CliRunner.Run("--version");
        var process = CliRunner.RunProcess("--version");

        Assert.Equal((0, "0.1.0"), (inProcess.Exit, inProcess.Output.Trim()));
        Assert.Equal((0, "0.1.0"), (process.Exit, process.Output.Trim()));
    }
}
