using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>A pinned release of the built-in pack: <c>paris-call@0.1.0</c> in the configuration's packs: and in --pack.</summary>
public sealed class PackReleaseTests : IDisposable
{
    private const string ConfigurationHeader = "apiVersion: norms/v1\nkind: Configuration\nroot: true\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Check_ConfigurationPinsRelease010_RunsItsRules()
    {
        _workspace.CopySample("election-commission.yaml");
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [paris-call@0.1.0]\n");

        var (exit, output, error) = _workspace.Run("check", "election-commission.yaml", "--format", "json");

        Assert.True(exit == 1, error);
        var (ids, packs) = Read(output);
        Assert.Contains("PC0903", ids);
        Assert.DoesNotContain("PC0107", ids);
        Assert.Equal(["paris-call@0.1.0"], packs);
    }

    [Fact]
    public void Check_NoPin_RunsTheNewestRelease()
    {
        _workspace.CopySample("election-commission.yaml");

        var (_, output, _) = _workspace.Run("check", "election-commission.yaml", "--format", "json");

        var (ids, _) = Read(output);
        Assert.Contains("PC0107", ids);
        Assert.DoesNotContain("PC0903", ids);
    }

    [Fact]
    public void Check_PackOptionPinsRelease_ReplacesTheConfigurationsParisCall()
    {
        _workspace.CopySample("election-commission.yaml");

        var (exit, output, error) = _workspace.Run("check", "election-commission.yaml", "--pack", "paris-call@0.1.0", "--format", "json");

        Assert.True(exit == 1, error);
        var (ids, packs) = Read(output);
        Assert.Contains("PC0903", ids);
        Assert.DoesNotContain("PC0107", ids);
        Assert.Equal(["paris-call@0.1.0"], packs);
    }

    [Fact]
    public void Check_ConfigurationPinsUnknownRelease_Exits2WithNe0103AtTheEntryNamingTheReleases()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs:\n  - paris-call@0.7.0\n");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "norms.config.yaml(5,5): error NE0103: The paris-call pack has no release '0.7.0'; its releases are 0.1.0, 0.2.0 (write paris-call alone for the newest).",
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Check_PackOptionPinsUnknownRelease_Exits2NamingTheReleases()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml", "--pack", "paris-call@9.9.9");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "norms: The paris-call pack has no release '9.9.9'; its releases are 0.1.0, 0.2.0 (write paris-call alone for the newest).",
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Check_ConfigurationNamesTwoReleases_Exits2()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [paris-call, paris-call@0.1.0]\n");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("the paris-call pack is named twice, as 'paris-call' and as 'paris-call@0.1.0'", error, StringComparison.Ordinal);
    }

    private static (string[] RuleIds, string[] Packs) Read(string output)
    {
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        var ids = document.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)
            .Concat(document.GetProperty("passed").EnumerateArray().Select(p => p.GetProperty("ruleId").GetString()!))
            .ToArray();
        var packs = json.RootElement.GetProperty("settings").GetProperty("packs").EnumerateArray().Select(p => p.GetString()!).ToArray();
        return (ids, packs);
    }
}
