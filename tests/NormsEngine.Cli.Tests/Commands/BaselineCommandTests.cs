using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

public sealed class BaselineCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static JsonElement Baseline(string json) => JsonDocument.Parse(json).RootElement.GetProperty("baseline");

    [Fact]
    public void BaselineCreate_ThenCheck_NoNewFindingsAndExit0EvenWithErrors()
    {
        _workspace.CopySample("transit-isp.yaml");
        _workspace.CopySample("hospital.yaml");
        Assert.Equal(1, _workspace.Run("check", ".").Exit);

        var (created, output, error) = _workspace.Run("baseline", "create", ".");

        Assert.True(created == 0, error);
        Assert.Matches(@"^Wrote \d+ findings from 2 documents to norms\.baseline\.json\.\n$", output);
        using var file = JsonDocument.Parse(_workspace.Read("norms.baseline.json"));
        Assert.True(file.RootElement.GetProperty("findings").GetArrayLength() >= 10);

        var (exit, json, _) = _workspace.Run("check", ".", "--baseline", "norms.baseline.json", "--format", "json");

        Assert.Equal(0, exit);
        var baseline = Baseline(json);
        Assert.Equal((0, 0), (baseline.GetProperty("new").GetInt32(), baseline.GetProperty("absent").GetInt32()));
        Assert.True(baseline.GetProperty("unchanged").GetInt32() >= 10);
    }

    [Fact]
    public void BaselineCreate_OutputOption_WritesThere()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, output, _) = _workspace.Run("baseline", "create", "--output", "ci/accepted.json", "hospital.yaml");

        Assert.Equal(0, exit);
        Assert.Equal("Wrote 2 findings from 1 document to ci/accepted.json.\n", output);
        Assert.True(_workspace.Exists("ci/accepted.json"));
        Assert.Equal(0, _workspace.Run("check", "hospital.yaml", "--baseline", "ci/accepted.json", "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Check_ConfigurationNamesTheBaseline_ItIsUsedWithoutTheOption()
    {
        _workspace.CopySample("transit-isp.yaml");
        _workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\nbaseline: norms.baseline.json\n");
        Assert.Equal(0, _workspace.Run("baseline", "create", "transit-isp.yaml").Exit);

        var (exit, _, error) = _workspace.Run("check", "transit-isp.yaml", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("baseline norms.baseline.json: 0 new", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReformattedDocument_KeepsItsBaseline()
    {
        _workspace.CopySample("transit-isp.yaml");
        Assert.Equal(0, _workspace.Run("baseline", "create", "transit-isp.yaml").Exit);

        // Lines inserted above, and the whole document re-indented: line numbers all move, YAML paths do not.
        var reformatted = "# Reviewed by the security team.\n# Next review: 2027.\n\n"
            + string.Join('\n', Workspace.Sample("transit-isp.yaml").Split('\n').Select(l => l.Length == 0 ? l : "  " + l));
        _workspace.Write("transit-isp.yaml", reformatted);

        var (exit, json, error) = _workspace.Run("check", "transit-isp.yaml", "--baseline", "norms.baseline.json", "--format", "json");

        Assert.True(exit == 0, error + json);
        var baseline = Baseline(json);
        Assert.Equal(0, baseline.GetProperty("new").GetInt32());
        Assert.Equal(0, baseline.GetProperty("absent").GetInt32());
    }

    [Fact]
    public void Check_NewFindingAfterBaseline_IsNewAndFailsTheRun()
    {
        _workspace.CopySample("hospital.yaml");
        Assert.Equal(0, _workspace.Run("baseline", "create", "hospital.yaml").Exit);
        _workspace.Write("hospital.yaml", Workspace.Sample("hospital.yaml").Replace("adminPct: 100", "adminPct: 80", StringComparison.Ordinal));

        var (exit, json, _) = _workspace.Run("check", "hospital.yaml", "--baseline", "norms.baseline.json", "--format", "json");

        Assert.Equal(1, exit);
        var baseline = Baseline(json);
        Assert.Equal((1, 2), (baseline.GetProperty("new").GetInt32(), baseline.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public void Check_FixedFinding_IsCountedAbsent()
    {
        _workspace.CopySample("hospital.yaml");
        Assert.Equal(0, _workspace.Run("baseline", "create", "hospital.yaml").Exit);
        _workspace.Write("hospital.yaml", Workspace.Sample("hospital.yaml").Replace("endOfLifeSoftwareCount: 2", "endOfLifeSoftwareCount: 0", StringComparison.Ordinal));

        var (_, json, _) = _workspace.Run("check", "hospital.yaml", "--baseline", "norms.baseline.json", "--format", "json");

        var baseline = Baseline(json);
        Assert.Equal((0, 1, 1), (baseline.GetProperty("new").GetInt32(), baseline.GetProperty("unchanged").GetInt32(), baseline.GetProperty("absent").GetInt32()));
    }

    [Theory]
    [InlineData("missing.json", null)]
    [InlineData("broken.json", "{ \"version\": 1, \"findings\": [")]
    [InlineData("other.json", "{ \"something\": \"else\" }")]
    public void Check_BadBaseline_Exits2(string file, string? content)
    {
        _workspace.CopySample("hospital.yaml");
        if (content is not null)
        {
            _workspace.Write(file, content);
        }

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--baseline", file);

        Assert.Equal(2, exit);
        Assert.Contains(file, error, StringComparison.Ordinal);
    }
}
