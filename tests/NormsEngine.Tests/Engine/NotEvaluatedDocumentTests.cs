using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// Which documents are evaluated (evaluation.md): an NE0001 to NE0007 finding at effective severity error stops the
/// evaluation, whatever suppressions and the baseline make of it, and such a document fails the run unless failOn is
/// none. NE0002, NE0003 and NE0007 may be lowered, and the document is then evaluated with the offending value not
/// declared; NE0001, NE0004, NE0005 and NE0006 may not.
/// </summary>
public class NotEvaluatedDocumentTests
{
    private const string Header = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n";

    private static readonly NormsEvaluator Evaluator = new([new TestPack()]);

    private static EvaluationOptions Lowered(string id, Severity severity) =>
        new() { Severities = new Dictionary<string, Severity> { [id] = severity } };

    private static PrincipleResult P1(Report report) => report.Documents[0].Principles.Single(p => p.Principle.Id == "P1");

    [Fact]
    public void Evaluate_UnknownFieldWithNe0002None_EvaluatedWithTheFieldIgnored()
    {
        // The issue: with NE0002: none the document was never evaluated, said "0 errors" and the run passed.
        var report = Evaluator.EvaluateYaml(Header + "hygiene: { mfa: { adminPct: 80, adminPtc: 80 } }\n", "t.yaml", Lowered("NE0002", Severity.None));

        Assert.True(report.Documents[0].Evaluated);
        Assert.DoesNotContain(report.Documents[0].Findings, f => f.RuleId == "NE0002");
        Assert.Equal(Verdict.NotSatisfied, P1(report).Verdict);
        Assert.True(report.Fails(Severity.Error));
    }

    [Fact]
    public void Evaluate_UnknownFieldLoweredToWarning_EvaluatedAndTheFindingKeptAsAWarning()
    {
        var report = Evaluator.EvaluateYaml(Header + "hygiene: { mfa: { adminPct: 100 }, x: 1, mfaa: 2 }\n", "t.yaml", Lowered("NE0002", Severity.Warning));

        Assert.True(report.Documents[0].Evaluated);
        Assert.All(report.Documents[0].Findings.Where(f => f.RuleId == "NE0002"), f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(Verdict.Satisfied, P1(report).Verdict);
        Assert.False(report.Fails(Severity.Error));
        Assert.True(report.Fails(Severity.Warning));
    }

    [Fact]
    public void Evaluate_InvalidValueLowered_EvaluatedWithTheValueNotDeclared()
    {
        var report = Evaluator.EvaluateYaml(Header + "hygiene: { mfa: { adminPct: lots } }\n", "t.yaml", Lowered("NE0003", Severity.Info));

        Assert.True(report.Documents[0].Evaluated);
        Assert.Equal((Verdict.Undetermined, 1), (P1(report).Verdict, P1(report).Insufficient));
        Assert.Contains(report.Documents[0].Findings, f => f.RuleId == "NE0201" && f.Message.StartsWith("TST0101 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_MissingRequiredFieldLowered_Evaluated()
    {
        var yaml = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  assessedOn: 2026-01-10\nhygiene: { mfa: { adminPct: 100 } }\n";

        var report = Evaluator.EvaluateYaml(yaml, "t.yaml", Lowered("NE0007", Severity.Warning));

        Assert.True(report.Documents[0].Evaluated);
        Assert.Equal(Verdict.Satisfied, P1(report).Verdict);
    }

    [Fact]
    public void Evaluate_UnknownFieldSuppressedInTheDocument_NotEvaluatedAndTheRunStillFails()
    {
        var yaml = Header + "hygiene:   # norms-ignore NE0002: written by our inventory tool\n  mfa: { adminPct: 80 }\n  mfaa: 1\n";

        var report = Evaluator.EvaluateYaml(yaml, "t.yaml");

        var document = report.Documents[0];
        Assert.False(document.Evaluated);
        Assert.False(Assert.Single(document.Findings, f => f.RuleId == "NE0002").IsActive);
        Assert.All(document.Principles, p => Assert.Equal((Verdict.Undetermined, (decimal?)null), (p.Verdict, p.Score)));
        Assert.True(report.Fails(Severity.Error));
        Assert.True(ReportTally.Of(report).Fails(Severity.Info));
        Assert.Equal(1, ReportTally.Of(report).NotEvaluated);
        Assert.False(report.Fails(Severity.None));
        Assert.False(ReportTally.Of(report).Fails(Severity.None));
    }

    [Fact]
    public void Evaluate_InvalidYamlInTheBaseline_NotEvaluatedAndTheRunStillFails()
    {
        const string Broken = "apiVersion: norms/v1\nkind: [Organisation\n";
        var fingerprints = Evaluator.EvaluateYaml(Broken, "t.yaml").AllFindings.Select(f => f.Fingerprint);

        var report = Evaluator.EvaluateYaml(Broken, "t.yaml", new EvaluationOptions { Baseline = new Baseline(fingerprints) });

        Assert.All(report.AllFindings, f => Assert.Equal(BaselineState.Unchanged, f.BaselineState));
        Assert.False(report.Documents[0].Evaluated);
        Assert.True(report.Fails(Severity.Error));
    }

    [Theory]
    [InlineData("NE0004", "metadata:\n  name: A\n  name: B\n")]
    [InlineData("NE0006", "apiVersion: norms/v2\nkind: Organisation\nmetadata: { name: A }\n")]
    [InlineData("NE0001", "apiVersion: norms/v1\nkind: [Organisation\n")]
    public void Evaluate_DiagnosticThatCannotBeLoweredSetToNoneInCode_StaysAnErrorAndTheDocumentIsNotEvaluated(string id, string yaml)
    {
        var text = id == "NE0004" ? "apiVersion: norms/v1\nkind: Organisation\n" + yaml : yaml;

        var report = Evaluator.EvaluateYaml(text, "t.yaml", new EvaluationOptions { Severities = new Dictionary<string, Severity> { [id] = Severity.None, ["NE*"] = Severity.None } });

        Assert.Equal(Severity.Error, Assert.Single(report.Documents[0].Findings, f => f.RuleId == id).Severity);
        Assert.False(report.Documents[0].Evaluated);
        Assert.True(report.Fails(Severity.Error));
    }

    [Fact]
    public void Evaluate_NotEvaluatedWithAPrincipleTurnedOff_ThatPrincipleNotAssessedTheOthersUndetermined()
    {
        var report = Evaluator.EvaluateYaml(Header + "hygiene: { mfaa: 1 }\n", "t.yaml", Lowered("P2", Severity.None));

        var verdicts = report.Documents[0].Principles.ToDictionary(p => p.Principle.Id, p => p.Verdict);
        Assert.Equal((Verdict.Undetermined, Verdict.NotAssessed, Verdict.Undetermined), (verdicts["P1"], verdicts["P2"], verdicts["P5"]));
    }
}
