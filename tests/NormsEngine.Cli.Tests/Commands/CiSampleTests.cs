using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>The pipelines and configuration in samples/ci work as the README says.</summary>
public sealed partial class CiSampleTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string CiFile(string name) => File.ReadAllText(RepositoryPaths.Combine("samples", "ci", name));

    [Theory]
    [InlineData("github-actions.yml")]
    [InlineData("azure-pipelines.yml")]
    public void Pipeline_UsesKnownFormatsABaselineAndGatesOnTheExitCode(string file)
    {
        var text = CiFile(file);

        var formats = FormatOption().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("sarif", formats);
        Assert.All(formats, f => Assert.Contains(f, ReportFormatters.Names));
        Assert.Contains("--baseline norms.baseline.json", text, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install NormsEngine.Cli --source .norms/packages --tool-path .norms/tools", text, StringComparison.Ordinal);
        Docs.ReadmeTests.AssertInstallsWhatItPacks(file, text);
        Assert.Contains(file.StartsWith("github", StringComparison.Ordinal) ? "github/codeql-action/upload-sarif" : "ArtifactName: CodeAnalysisLogs", text, StringComparison.Ordinal);
        // The tool comes from packages built in the pipeline, never from a remote feed named in the file.
        Assert.DoesNotMatch(@"(--source|--add-source|-s)\s+https?://", text);
    }

    [Fact]
    public void Configuration_CreateBaselineThenCheck_PassesAndTheSuppressionApplies()
    {
        _workspace.Write("norms.config.yaml", CiFile("norms.config.yaml"));
        _workspace.CopySample("hospital.yaml", "policies/hospital.yaml");
        _workspace.CopySample("transit-isp.yaml", "policies/transit-isp.yaml");

        var created = _workspace.Run("baseline", "create", "policies");
        Assert.True(created.Exit == 0, created.Error);
        Assert.True(_workspace.Exists("norms.baseline.json"));

        var (exit, output, error) = _workspace.Run("check", "policies", "--format", "json");

        Assert.True(exit == 0, error + output);
        Assert.Contains("baseline norms.baseline.json: 0 new", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToList();
        Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() == "PC0901");
        var supplier = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "PC0608" && f.GetProperty("path").GetString()!.StartsWith("supplyChain.", StringComparison.Ordinal) && f.GetProperty("fingerprint").GetString() is not null && f.GetProperty("suppressed").GetBoolean());
        Assert.Equal("procurement@example.org", supplier.GetProperty("suppression").GetProperty("owner").GetString());
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "PC0707" && f.GetProperty("severity").GetString() == "error");
    }

    [GeneratedRegex(@"--format (\w+)")]
    private static partial Regex FormatOption();
}
