using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// The verdict contract of evaluation.md ("Outcomes and verdicts") end to end, one test per problem the issue
/// "Verdicts you can defend" found as a new user would: a baseline or a suppression never changes a verdict; a
/// principle turned off reads notAssessed; no verdict contradicts its score; a document that was never evaluated
/// cannot pass the run unless failOn is none.
/// </summary>
public sealed class VerdictSemanticsTests : IDisposable
{
    private const string Config = "apiVersion: norms/v1\nkind: Configuration\nroot: true\n";

    /// <summary>Pinned to release 0.1.0 of the pack: the numbers these tests expect are that release's (0.2.0 adds rules).</summary>
    private const string Config010 = Config + "packs: [paris-call@0.1.0]\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Check_SparseDocumentWithItsOwnBaseline_VerdictsUnchangedAndBaselinedCountedNextToThem()
    {
        _workspace.Write("norms.config.yaml", Config010);
        _workspace.CopySample("small-ngo.yaml");
        var before = Verdicts(_workspace.Run("check", "small-ngo.yaml", "--format", "json").Output);
        Assert.Equal(0, _workspace.Run("baseline", "create", "small-ngo.yaml").Exit);

        var (exit, output, _) = _workspace.Run("check", "small-ngo.yaml", "--baseline", "norms.baseline.json");
        var after = Verdicts(_workspace.Run("check", "small-ngo.yaml", "--baseline", "norms.baseline.json", "--format", "json").Output);

        // Before the fix, P1 read "satisfied - 0 0 0" once its only finding was baselined.
        Assert.Equal(0, exit);
        Assert.Equal(before.Select(p => (p.Key, p.Value.Verdict, p.Value.Score)), after.Select(p => (p.Key, p.Value.Verdict, p.Value.Score)));
        Assert.Equal(("undetermined", 0m, 1), (after["P1"].Verdict, after["P1"].Score, after["P1"].Baselined));
        Assert.Contains("\n  P1 Protect individuals and infrastructure  undetermined            0%     0     0     1  (1 baselined)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SuppressionInConfiguration_VerdictUnchangedAndSuppressedCountedNextToIt()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", Config010 + "suppressions:\n  - rule: PC0708\n    justification: segmented network\n");

        var (exit, output, _) = _workspace.Run("check", "hospital.yaml", "--fail-on", "warning");

        Assert.Equal(1, exit); // PC0608 is still active
        Assert.Contains("\n  P7 Cyber hygiene                           partiallySatisfied   87.5%     7     1     0  (1 suppressed)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PrincipleTurnedOff_NotAssessedWithoutScore()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", Config + "principles:\n  P7: none\n");

        var (exit, output, _) = _workspace.Run("check", "hospital.yaml");
        var verdicts = Verdicts(_workspace.Run("check", "hospital.yaml", "--format", "json").Output);

        // Before the fix, P7 read notApplicable, like a principle that does not concern the organisation.
        Assert.Equal(0, exit);
        Assert.Contains("\n  P7 Cyber hygiene                           notAssessed              -     0     0     0\n", output, StringComparison.Ordinal);
        Assert.Equal(("notAssessed", (decimal?)null), (verdicts["P7"].Verdict, verdicts["P7"].Score));
        Assert.Equal("notApplicable", verdicts["P2"].Verdict);
    }

    [Theory]
    [InlineData("transit-isp.yaml", "PC02*: info", "P2", "partiallySatisfied", 50.0)] // was satisfied
    [InlineData("dns-registry.yaml", "PC0705: info\n  PC0701: info\n  PC0702: info\n  PC0703: info\n  PC0704: info\n  PC0706: info\n  PC0707: info\n  PC0708: info", "P7", "partiallySatisfied", 87.5)]
    [InlineData("exploit-broker.yaml", "PC0503: warning", "P9", "notSatisfied", 0.0)] // an info failure and nothing passed: was undetermined
    [InlineData("exploit-broker.yaml", "PC0503: warning", "P6", "notSatisfied", 0.0)] // warnings failed and nothing passed: was "partiallySatisfied 0%"
    public void Check_SeverityConfiguration_VerdictNeverContradictsTheScore(string sample, string rules, string principle, string verdict, double score)
    {
        _workspace.CopySample(sample);
        _workspace.Write("norms.config.yaml", Config010 + "rules:\n  " + rules + "\n");

        var verdicts = Verdicts(_workspace.Run("check", sample, "--format", "json").Output);

        Assert.Equal((verdict, (decimal?)score), (verdicts[principle].Verdict, verdicts[principle].Score));
        Assert.All(verdicts.Values, v => Assert.True(
            (v.Verdict == "satisfied") == (v.Score == 100m) && (v.Verdict != "partiallySatisfied" || v.Score is > 0m and < 100m),
            $"{v.Verdict} {v.Score}"));
    }

    [Fact]
    public void Check_UnknownFieldWithNe0002None_DocumentIsEvaluated()
    {
        // Before the fix: "not evaluated: the document has errors", "0 errors", exit 0.
        _workspace.Write("org.yaml", Workspace.Sample("hospital.yaml").Replace("\nhygiene:\n", "\nhygiene:\n  legacyScore: 3\n", StringComparison.Ordinal));
        _workspace.Write("norms.config.yaml", Config + "rules:\n  NE0002: none\n");

        var (exit, output, _) = _workspace.Run("check", "org.yaml");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("not evaluated", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NE0002", output, StringComparison.Ordinal);
        Assert.Contains("verdicts: 4 satisfied, 2 partiallySatisfied, 3 notApplicable", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msbuild")]
    [InlineData("github")]
    [InlineData("gitlab")]
    [InlineData("text")]
    [InlineData("junit")]
    public void Check_DocumentNotEvaluatedWithItsErrorBaselined_FailsTheRunAndSaysWhy(string format)
    {
        _workspace.Write("norms.config.yaml", Config);
        _workspace.Write("broken.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: [Broken }\n");
        Assert.Equal(0, _workspace.Run("baseline", "create", "broken.yaml").Exit);

        var (exit, output, error) = _workspace.Run("check", "broken.yaml", "--baseline", "norms.baseline.json", "--format", format);
        var none = _workspace.Run("check", "broken.yaml", "--baseline", "norms.baseline.json", "--fail-on", "none");

        Assert.Equal(1, exit);
        Assert.Equal(0, none.Exit);
        Assert.Contains(format == "junit" ? "type=\"NE0001\">" : "NE0001", output, StringComparison.Ordinal); // a JUnit failure, not skipped
        Assert.Contains("1 document (1 not evaluated): 0 errors", format == "text" ? output : error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationLoweringNe0001_Exit2WithNe0103AtTheSeverity()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.config.yaml", Config + "rules:\n  NE0001: warning\n");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("norms.config.yaml(5,11): error NE0103: NE0001 cannot be lowered", error, StringComparison.Ordinal);
    }

    private static Dictionary<string, (string Verdict, decimal? Score, int Baselined)> Verdicts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("documents")[0].GetProperty("principles").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => (p.GetProperty("verdict").GetString()!, p.GetProperty("score").ValueKind == JsonValueKind.Null ? (decimal?)null : p.GetProperty("score").GetDecimal(), p.GetProperty("baselined").GetInt32()));
    }
}
