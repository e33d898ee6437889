using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>The pipelines and configuration in samples/ci work as the README says.</summary>
public sealed partial class CiSampleTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string CiFile(string name) => File.ReadAllText(RepositoryPaths.Combine("samples", "ci", name));

    [Theory]
    [InlineData("github-actions.yml", "sarif", "github/codeql-action/upload-sarif")]
    [InlineData("azure-pipelines.yml", "sarif", "ArtifactName: CodeAnalysisLogs")]
    [InlineData("gitlab-ci.yml", "gitlab", "codequality: gl-code-quality-report.json")]
    public void Pipeline_UsesKnownFormatsABaselineAndGatesOnTheExitCode(string file, string format, string publishes)
    {
        var text = CiFile(file);

        var formats = FormatOption().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(format, formats);
        Assert.All(formats, f => Assert.Contains(f, ReportFormatters.Names));
        Assert.Contains("--baseline norms.baseline.json", text, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install NormsEngine.Cli --source .norms/packages --tool-path .norms/tools", text, StringComparison.Ordinal);
        Docs.ReadmeTests.AssertInstallsWhatItPacks(file, ListItem().Replace(text, "$1")); // GitLab's script lines are YAML list items
        Assert.Contains(publishes, text, StringComparison.Ordinal);
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

    [Fact]
    public void GitLab_JobsCheckCommand_RunsAndWritesTheCodeQualityReportTheArtifactNames()
    {
        using var pipeline = JsonDocument.Parse(Assert.Single(YamlToJson.Documents(CiFile("gitlab-ci.yml"))));
        var job = pipeline.RootElement.GetProperty("norms");
        var command = Assert.Single(job.GetProperty("script").EnumerateArray().Select(l => l.GetString()!), l => l.StartsWith("norms check ", StringComparison.Ordinal));
        var artifacts = job.GetProperty("artifacts");
        var report = artifacts.GetProperty("reports").GetProperty("codequality").GetString()!;
        Assert.Equal("always", artifacts.GetProperty("when").GetString());
        Assert.Contains($"--format gitlab --output {report}", command, StringComparison.Ordinal);
        Assert.Contains("--format text", command, StringComparison.Ordinal);

        // The hospital's findings are accepted in the baseline; the transit ISP's are new.
        _workspace.Write("norms.config.yaml", CiFile("norms.config.yaml"));
        _workspace.CopySample("hospital.yaml", "policies/hospital.yaml");
        Assert.Equal(0, _workspace.Run("baseline", "create", "policies").Exit);
        _workspace.CopySample("transit-isp.yaml", "policies/transit-isp.yaml");

        var (exit, output, error) = _workspace.Run(command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);

        Assert.True(exit == 1, $"new warnings fail the job (failOn: warning): {exit}\n{error}");
        Assert.Contains("policies/transit-isp.yaml(", output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(_workspace.PathOf(report));
        Assert.Equal((byte)'[', bytes[0]); // GitLab's parser does not allow a byte order mark
        using var issues = JsonDocument.Parse(bytes);
        Assert.NotEqual(0, issues.RootElement.GetArrayLength());
        Assert.All(issues.RootElement.EnumerateArray(), i => Assert.Equal("policies/transit-isp.yaml", i.GetProperty("location").GetProperty("path").GetString()));
        var schema = RepositoryPaths.Combine("tests", "NormsEngine.Tests", "Reporting", "fixtures", "gitlab-codequality.schema.json");
        var valid = AjvRunner.Run("validate", [_workspace.PathOf(report)], schema: schema);
        Assert.True(valid.ExitCode == 0, valid.Output);
    }

    [GeneratedRegex(@"^(\s*)- ", RegexOptions.Multiline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"--format (\w+)")]
    private static partial Regex FormatOption();
}
