using NormsEngine.TestSupport;
namespace NormsEngine.Cli.Tests.Commands;

/// <summary>Broken norms.config.yaml files: the tool exits 2 and prints NE0103 at the mistake's line and column.</summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private const string Header = "apiVersion: norms/v1\nkind: Configuration\n";
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    // YAML syntax error: an unclosed flow sequence, at its opening bracket.
    [InlineData("yaml-syntax", Header + "packs: [paris-call\nfailOn: error\n", 3, 8)]
    // Unknown top-level key (a typo of failOn): at the key.
    [InlineData("unknown-key", Header + "root: true\nfailOnn: warning\n", 4, 1)]
    // A severity that does not exist: at the value.
    [InlineData("bad-severity", Header + "rules:\n  PC0101: fatal\n", 4, 11)]
    // failOn that is not a severity: at the value.
    [InlineData("bad-fail-on", Header + "failOn: sometimes\n", 3, 9)]
    // A threshold that is not a number: at the value.
    [InlineData("threshold-not-number", Header + "thresholds:\n  criticalPatchSlaDays: soon\n", 4, 25)]
    // A suppression without its rule: at the suppression.
    [InlineData("suppression-without-rule", Header + "suppressions:\n  - justification: accepted\n    owner: a@example.org\n", 4, 5)]
    // A suppression whose expiry is not a date: at the value.
    [InlineData("suppression-bad-expires", Header + "suppressions:\n  - rule: PC0603\n    justification: accepted\n    expires: 2027-13-45\n", 6, 14)]
    // The wrong kind: at the value.
    [InlineData("wrong-kind", "apiVersion: norms/v1\nkind: Organisation\n", 2, 7)]
    // packs that is not a list: at the value.
    [InlineData("packs-not-a-list", Header + "packs: paris-call\n", 3, 8)]
    // An unknown rule ID in the severity overrides: at the key.
    [InlineData("unknown-rule", Header + "rules:\n  PC0199: none\n", 4, 3)]
    // A duplicate key.
    [InlineData("duplicate-key", Header + "failOn: error\nfailOn: warning\n", 4, 1)]
    public void Check_BrokenConfiguration_Exits2WithNe0103AtTheMistake(string kind, string yaml, int line, int column)
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", yaml);

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml");

        Assert.True(exit == 2, $"{kind}: exit {exit}\n{error}");
        Assert.Equal(string.Empty, output);
        Assert.Contains($"norms.config.yaml({line},{column}): error NE0103: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExplicitConfigurationFile_IsUsedAndItsErrorsNameIt()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("ci/strict.yaml", Header + "failOn: often\n");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--config", "ci/strict.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("ci/strict.yaml(3,9): error NE0103: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingExplicitConfigurationFile_Exits2WithAnArgumentErrorNamingIt()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml", "--config", "nope.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("norms: nope.yaml: error NE0103: The configuration file cannot be read: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("(0,0)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("packs/missing.yaml", "The pack file cannot be read: ")]
    [InlineData("bin/Missing.Pack.dll", "The pack assembly cannot be loaded: ")]
    public void Check_ConfigurationNamesAMissingPack_Exits2WithNe0101AtItsPacksEntry(string pack, string problem)
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", Header + $"root: true\npacks:\n  - paris-call\n  - {pack}\n");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"norms.config.yaml(6,5): error NE0101: {pack}: {problem}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPackOption_Exits2WithAnArgumentErrorNamingIt()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--pack", "nothere.yaml");

        Assert.Equal(2, exit);
        Assert.StartsWith("norms: nothere.yaml: error NE0101: The pack file cannot be read: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationInAParentFolder_IsDiscoveredAndApplied()
    {
        _workspace.CopySample("hospital.yaml", "teams/clinical/hospital.yaml");
        _workspace.Write("norms.config.yaml", Header + "root: true\nfailOn: warning\n");

        var (exit, _, _) = _workspace.Run("check", "teams");

        Assert.Equal(1, exit);
    }

    [Fact]
    public void Check_SeverityOverride_ChangesTheFindingsSeverity()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", Header + "root: true\nrules:\n  PC0708: error\n  PC06*: none\n");

        var (exit, output, _) = _workspace.Run("check", "hospital.yaml");

        Assert.Equal(1, exit);
        Assert.Contains("error PC0708:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PC0608", output, StringComparison.Ordinal);
    }
}
