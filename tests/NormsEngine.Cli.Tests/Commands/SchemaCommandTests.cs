using System.Text.Json;
using NormsEngine.ParisCall;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary><c>norms schema [organisation|rule-pack|configuration|report]</c> prints the committed schemas.</summary>
public sealed class SchemaCommandTests
{
    [Theory]
    [InlineData("organisation")]
    [InlineData("rule-pack")]
    [InlineData("configuration")]
    [InlineData("report")]
    public void Schema_Name_PrintsTheCommittedSchema(string name)
    {
        var (exit, output, error) = CliRunner.Run("schema", name);

        Assert.True(exit == 0, error);
        Assert.Equal(Committed(name), output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Schema_NoName_PrintsTheOrganisationSchemaAsBefore()
    {
        var (exit, output, _) = CliRunner.Run("schema");

        Assert.Equal(0, exit);
        Assert.Equal(Committed("organisation"), output);
    }

    [Fact]
    public void Schema_UnknownName_Exits2AndNamesTheSchemas()
    {
        var (exit, output, error) = CliRunner.Run("schema", "configuraton");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("configuraton", error, StringComparison.Ordinal);
        Assert.All(["'organisation'", "'rule-pack'", "'configuration'", "'report'"], name => Assert.Contains(name, error, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_Help_ListsTheSchemas()
    {
        var (exit, output, _) = CliRunner.Run("schema", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("organisation, configuration, report, rule-pack", output, StringComparison.Ordinal);
        Assert.Contains("norms schema configuration > configuration.schema.json", output, StringComparison.Ordinal);
        Assert.Contains("norms schema report > report.schema.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_Configuration_ListsEveryParisCallThresholdWithItsDefault()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("schema", "configuration").Output);

        var thresholds = json.RootElement.GetProperty("properties").GetProperty("thresholds").GetProperty("properties")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("default").GetDecimal(), StringComparer.Ordinal);

        Assert.Equal(ParisCallThresholds.Defaults.OrderBy(t => t.Key, StringComparer.Ordinal), thresholds.OrderBy(t => t.Key, StringComparer.Ordinal));
    }

    private static string Committed(string name) =>
        File.ReadAllText(RepositoryPaths.Combine("src", "NormsEngine", "Schemas", name + ".schema.json"));
}
