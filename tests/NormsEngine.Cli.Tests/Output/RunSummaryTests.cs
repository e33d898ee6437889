using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Output;

/// <summary>
/// The summary on standard error (for every format but text on standard output) says what the text format's summary
/// says, with the same counts: a finding both suppressed and in the baseline is suppressed, not also baselined.
/// </summary>
public sealed class RunSummaryTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public RunSummaryTests()
    {
        // Both hospital findings (PC0708, PC0608) go into the baseline; PC0708 is also suppressed.
        _workspace.CopySample("hospital.yaml");
        Assert.Equal(0, _workspace.Run("baseline", "create", "hospital.yaml").Exit);
        _workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\nsuppressions:\n  - rule: PC0708\n    justification: segmented\n");
    }

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("gitlab")]
    public void Check_SuppressedAndBaselined_StandardErrorSummaryIsTheTextSummary(string format)
    {
        var text = _workspace.Run("check", "hospital.yaml", "--baseline", "norms.baseline.json");
        var other = _workspace.Run("check", "hospital.yaml", "--baseline", "norms.baseline.json", "--format", format);

        var textSummary = text.Output.TrimEnd('\n').Split('\n')[^2..];
        var summary = other.Error.TrimEnd('\n').Split('\n')[^1];
        Assert.Equal(
            "1 document: 0 errors, 0 warnings, 0 info findings; verdicts: 4 satisfied, 2 partiallySatisfied, 3 notApplicable; 1 suppressed; 1 baselined",
            textSummary[0]);
        Assert.Equal("baseline norms.baseline.json: 0 new, 2 unchanged, 0 absent", textSummary[1]);
        Assert.Equal(string.Join("; ", textSummary), summary[..summary.LastIndexOf("; ", StringComparison.Ordinal)]);
        Assert.Matches(@"; \d+\.\d\d s$", summary);
        Assert.Equal((0, 0), (text.Exit, other.Exit));
    }
}
