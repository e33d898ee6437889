using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// An input that cannot be read makes the tool exit with 2, and every report says so: an NE0008 run finding at the
/// input with the reason (a missing input named as what its argument names), and in SARIF an unsuccessful execution with an error notification.
/// </summary>
public sealed class CheckRunUnreadableInputTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public CheckRunUnreadableInputTests()
    {
        _workspace.CopySample("hospital.yaml", "ok.yaml");
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Check_MissingInputAmongOthers_SarifSaysTheExecutionFailedAtTheFile()
    {
        var (exit, _, error) = _workspace.Run("check", "ok.yaml", "missing.yaml", "--format", "sarif", "-o", "x.sarif", "--format", "json", "-o", "x.json");

        Assert.Equal(2, exit);
        Assert.Contains("norms: the file 'missing.yaml' does not exist.\n", error, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(_workspace.Read("x.sarif"));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.StartsWith("The input could not be read: ", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("missing.yaml", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("NE0008", notification.GetProperty("associatedRule").GetProperty("id").GetString());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "NE0008");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("PC", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingInputAmongOthers_JsonListsItInRunFindings()
    {
        var (exit, _, _) = _workspace.Run("check", "ok.yaml", "missing.yaml", "--format", "sarif", "-o", "x.sarif", "--format", "json", "-o", "x.json");

        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(_workspace.Read("x.json"));
        var finding = Assert.Single(json.RootElement.GetProperty("runFindings").EnumerateArray());
        Assert.Equal(
            ("NE0008", "error", "missing.yaml", 1, 1),
            (finding.GetProperty("ruleId").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
        Assert.StartsWith("The input could not be read: ", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("ok.yaml", Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public void Check_MissingInputWithFailOnNone_Exits2AndTextShowsTheFinding()
    {
        var (exit, output, _) = _workspace.Run("check", "ok.yaml", "missing.yaml", "--fail-on", "none");

        Assert.Equal(2, exit);
        Assert.Contains("\nmissing.yaml(1,1): error NE0008: The input could not be read: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingInputWithNE0008TurnedOff_StillReportedAndExits2()
    {
        _workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\nrules:\n  NE0008: none\n  NE*: none\n");

        var (exit, output, error) = _workspace.Run("check", "ok.yaml", "missing.yaml", "--format", "msbuild");

        Assert.True(exit == 2, error);
        Assert.Contains("missing.yaml(1,1): error NE0008: ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nope/", "the folder 'nope/' does not exist.")]
    [InlineData("docs/nope/", "the folder 'docs/nope/' does not exist.")]
    [InlineData("nope", "no file or folder named 'nope'.")]
    [InlineData("docs/nope.yml", "the file 'docs/nope.yml' does not exist.")]
    public void Check_MissingPath_NamedAsWhatItsArgumentNames(string input, string reason)
    {
        var (exit, output, error) = _workspace.Run("check", "ok.yaml", input, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal($"norms: {reason}\n", error[..error.IndexOf('\n', StringComparison.Ordinal)] + "\n");
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("runFindings").EnumerateArray());
        Assert.Equal("The input could not be read: " + reason, finding.GetProperty("message").GetString());
        Assert.Equal(input, finding.GetProperty("file").GetString());
    }

    [Fact]
    public void Check_OnlyInputMissing_TextSummaryHasNoVerdicts()
    {
        var (exit, output, _) = _workspace.Run("check", "nope/");

        Assert.Equal(2, exit);
        Assert.EndsWith("error NE0008: The input could not be read: the folder 'nope/' does not exist.\n\n0 documents: 1 error, 0 warnings, 0 info findings\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnlyInputMissing_StandardErrorSummaryHasNoVerdicts()
    {
        var (exit, _, error) = _workspace.Run("check", "nope/", "--format", "msbuild");

        Assert.Equal(2, exit);
        Assert.Matches(@"\n0 documents: 1 error, 0 warnings, 0 info findings; \d+\.\d\d s\n$", error);
    }

    [Fact]
    public void Check_OnlyInputMissing_MarkdownSummaryHasNoVerdicts()
    {
        var (exit, output, _) = _workspace.Run("check", "nope/", "--format", "markdown");

        Assert.Equal(2, exit);
        Assert.Contains("\n**0 documents**: 1 error, 0 warnings, 0 info findings; 0 suppressed, 0 baselined; fails on error: **failed**\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryInputReadable_SarifExecutionSuccessfulWithoutNotifications()
    {
        var (exit, _, _) = _workspace.Run("check", "ok.yaml", "--format", "sarif", "-o", "x.sarif");

        Assert.NotEqual(2, exit);
        using var sarif = JsonDocument.Parse(_workspace.Read("x.sarif"));
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.False(invocation.TryGetProperty("toolExecutionNotifications", out _));
    }
}
