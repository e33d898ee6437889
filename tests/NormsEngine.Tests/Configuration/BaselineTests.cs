using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Tests.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Configuration;

public class BaselineTests : IDisposable
{
    private const string Document = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\nhygiene: { mfa: { adminPct: 80 }, patching: { osCadenceDays: 90 } }\n";

    private static readonly NormsEvaluator Evaluator = new([new TestPack()]);

    private readonly Workspace _workspace = new("norms-baseline-");

    private string BaselineFile => _workspace.PathOf("norms.baseline.json");

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    private Baseline CreateBaseline(string yaml)
    {
        using (var writer = new StreamWriter(BaselineFile))
        {
            Baseline.Write(Evaluator.EvaluateYaml(yaml, "org.yaml"), writer);
        }

        return Baseline.Load(BaselineFile);
    }

    [Fact]
    public void Evaluate_WithItsOwnBaseline_EveryFindingIsUnchangedAndTheRunPassesWithTheSameVerdicts()
    {
        var baseline = CreateBaseline(Document);
        var without = Evaluator.EvaluateYaml(Document, "org.yaml");

        var report = Evaluator.EvaluateYaml(Document, "org.yaml", new EvaluationOptions { Baseline = baseline });

        Assert.All(report.AllFindings, f => Assert.Equal(BaselineState.Unchanged, f.BaselineState));
        Assert.False(report.Fails(Severity.Info));

        // evaluation.md: a baseline decides what fails the run, never a verdict or a score; it is counted beside them.
        var p1 = report.Documents[0].Principles[0];
        Assert.Equal((Verdict.NotSatisfied, 0m, 1, 1), (p1.Verdict, p1.Score, p1.FailedError, p1.Baselined));
        Assert.Equal(without.Documents[0].Principles.Select(p => (p.Verdict, p.Score)), report.Documents[0].Principles.Select(p => (p.Verdict, p.Score)));
        Assert.Equal(0, report.Baseline!.New);
        Assert.Equal(0, report.Baseline.Absent);
    }

    [Fact]
    public void Evaluate_SparseDocumentWithItsOwnBaseline_StaysUndeterminedWithTheBaselinedCount()
    {
        // The issue: once a sparse document's findings were baselined, P1 read "satisfied - 0 0 0", with no evidence.
        const string Sparse = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\nhygiene: { training: { annualCompletionPct: 95 } }\n";
        var baseline = CreateBaseline(Sparse);

        var report = Evaluator.EvaluateYaml(Sparse, "org.yaml", new EvaluationOptions { Baseline = baseline });

        var p1 = report.Documents[0].Principles[0];
        Assert.Equal((Verdict.Undetermined, 0m, 1, 1), (p1.Verdict, p1.Score, p1.Insufficient, p1.Baselined));
        Assert.False(report.Fails(Severity.Info));
    }

    [Fact]
    public void Evaluate_ReformattedDocument_KeepsItsBaseline()
    {
        var baseline = CreateBaseline(Document);
        var reformatted = "# moved around, reindented, with lines inserted above\n\napiVersion: norms/v1\nkind: Organisation\nmetadata:\n    name: Test\n    assessedOn: 2026-01-10\nroles:\n    hasCsirt: false\nhygiene:\n    patching:\n        osCadenceDays: 90\n    mfa:\n        adminPct: 80\n";

        var report = Evaluator.EvaluateYaml(reformatted, "org.yaml", new EvaluationOptions { Baseline = baseline });

        var admin = Assert.Single(report.Documents[0].Findings, f => f.RuleId == "TST0101");
        Assert.Equal((14, BaselineState.Unchanged), (admin.Location.Line, admin.BaselineState));
        Assert.False(report.Fails(Severity.Warning));
    }

    [Fact]
    public void Evaluate_NewAndFixedFindings_AreCountedNewAndAbsent()
    {
        var baseline = CreateBaseline(Document);
        var changed = Document.Replace("adminPct: 80", "adminPct: 100", StringComparison.Ordinal) + "norms: { sharesThreatIntel: false }\n";

        var report = Evaluator.EvaluateYaml(changed, "org.yaml", new EvaluationOptions { Baseline = baseline });

        Assert.Equal(BaselineState.New, Assert.Single(report.Documents[0].Findings, f => f.RuleId == "TST0301").BaselineState);
        // Absent: the fixed TST0101 finding, and the NE0201 for TST0301 that declaring norms.sharesThreatIntel removed.
        Assert.Equal((1, 2), (report.Baseline!.New, report.Baseline.Absent));
        Assert.True(report.Fails(Severity.Info));
        Assert.False(report.Fails(Severity.Warning));
    }

    [Fact]
    public void Write_SameReport_SameBytes()
    {
        var first = new StringWriter();
        var second = new StringWriter();

        Baseline.Write(Evaluator.EvaluateYaml(Document, "org.yaml"), first);
        Baseline.Write(Evaluator.EvaluateYaml(Document, "org.yaml"), second);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Contains("\"ruleId\": \"TST0101\"", first.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"version\": 2, \"findings\": []}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"rule\": \"x\"}]}")]
    public void Load_BrokenFile_ThrowsBaselineExceptionNamingTheFile(string content)
    {
        File.WriteAllText(BaselineFile, content);

        var error = Assert.Throws<BaselineException>(() => Baseline.Load(BaselineFile));

        Assert.Contains(BaselineFile, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": 1.0, \"findings\": []}", "(1,13): \"version\" must be 1, the baseline format this tool reads; found 1.0.")]
    [InlineData("{\"version\": 1e400, \"findings\": []}", "(1,13): \"version\" must be 1, the baseline format this tool reads; found 1e400.")]
    [InlineData("{\"version\": \"1\", \"findings\": []}", "(1,13): \"version\" must be 1, the baseline format this tool reads; found \"1\".")]
    [InlineData("{\"version\": 1, \"findings\": [{\"fingerprint\": \"\\ud800\"}]}", "(1,45): the \"fingerprint\" is not valid text (it holds an unpaired surrogate escape).")]
    [InlineData("{\"version\": 1, \"findings\": [{\"\\ud800\": 1, \"fingerprint\": \"x\"}]}", null)]
    [InlineData("{\"version\": 1, \"findings\": [{\"fingerp\\ud800rint\": \"x\"}]}", "(1,30): a property name is not valid text (it holds an unpaired surrogate escape).")]
    [InlineData("{\"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": 5}\n  ]\n}", "(3,21): a \"fingerprint\" is a string; found 5.")]
    [InlineData("{\"version\": 1, \"findings\": [7]}", "(1,29): every entry of \"findings\" is an object with a \"fingerprint\" string.")]
    [InlineData("{\"version\": 1, \"findings\": {}}", "(1,28): \"findings\" must be an array; found {.")]
    [InlineData("{\"findings\": []}", "(1,1): not a norms baseline: a norms baseline is an object")]
    [InlineData("[]", "(1,1): not a norms baseline: a norms baseline is an object")]
    [InlineData("", "(1,1): the baseline is not valid JSON: ")]
    [InlineData("{\"version\": 1, \"findings\": []} x", "(1,32): the baseline is not valid JSON: ")]
    [InlineData("{ \"é\": nope }", "(1,9): the baseline is not valid JSON: ")]
    public void Load_HostileFile_BaselineExceptionWithLineAndColumn(string content, string? expected)
    {
        File.WriteAllText(BaselineFile, content);

        if (expected is null)
        {
            Assert.Equal(["x"], Baseline.Load(BaselineFile).Fingerprints);
            return;
        }

        var error = Assert.Throws<BaselineException>(() => Baseline.Load(BaselineFile));

        Assert.StartsWith(BaselineFile + expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeeplyNested_BaselineExceptionNotAStackOverflow()
    {
        File.WriteAllText(BaselineFile, "{\"version\": 1, \"findings\": [], \"x\": " + new string('[', 100_000) + "}");

        var error = Assert.Throws<BaselineException>(() => Baseline.Load(BaselineFile));

        Assert.StartsWith(BaselineFile + "(1,", error.Message, StringComparison.Ordinal);
    }
}
