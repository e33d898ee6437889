using Microsoft.Extensions.DependencyInjection;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;

namespace NormsEngine.Tests.Engine;

public class NormsEvaluatorTests
{
    private const string Header = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n";

    private static readonly NormsEvaluator Evaluator = new([new TestPack()]);

    private static DocumentReport Evaluate(string body, EvaluationOptions? options = null) =>
        Assert.Single(Evaluator.EvaluateYaml(Header + body, "t.yaml", options).Documents);

    private static PrincipleResult Principle(DocumentReport report, string id) => report.Principles.Single(p => p.Principle.Id == id);

    [Fact]
    public void Evaluate_ErrorRuleFails_PrincipleNotSatisfiedWithZeroScore()
    {
        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n");

        var p1 = Principle(report, "P1");
        Assert.Equal((Verdict.NotSatisfied, 1, 0m), (p1.Verdict, p1.FailedError, p1.Score));
        var finding = Assert.Single(report.Findings, f => f.RuleId == "TST0101");
        Assert.Equal("MFA covers 80%", finding.Message);
        Assert.Equal(("hygiene.mfa.adminPct", 6, 29), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_OnlyAWarningRuleFails_PrincipleNotSatisfiedWithZeroScore()
    {
        var report = Evaluate("hygiene: { patching: { osCadenceDays: 45 } }\n");

        // evaluation.md: rules failed and none passed is notSatisfied, whatever their severity ("P6 partiallySatisfied 0%").
        var p2 = Principle(report, "P2");
        Assert.Equal((Verdict.NotSatisfied, 1, 0m), (p2.Verdict, p2.FailedWarning, p2.Score));
    }

    [Fact]
    public void Evaluate_ValueNotDeclared_UndeterminedWithNe0201AtNearestSection()
    {
        var report = Evaluate("hygiene:\n  training: { annualCompletionPct: 95 }\n");

        Assert.Equal(Verdict.Undetermined, Principle(report, "P1").Verdict);
        var finding = Assert.Single(report.Findings, f => f.RuleId == "NE0201" && f.Principle == "P1");
        Assert.Equal("TST0101 applies but these paths are not declared: hygiene.mfa.adminPct", finding.Message);
        Assert.Equal(("hygiene.mfa.adminPct", 6, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Outcome.InsufficientData, finding.Outcome);
    }

    [Fact]
    public void Evaluate_RulePasses_SatisfiedWithFullScoreAndEvidence()
    {
        var report = Evaluate("hygiene: { mfa: { adminPct: 100 } }\n");

        Assert.Equal((Verdict.Satisfied, 100m), (Principle(report, "P1").Verdict, Principle(report, "P1").Score));
        Assert.Contains(new PassedRule("TST0101", "P1", "hygiene.mfa.adminPct"), report.Passed);
    }

    [Fact]
    public void Evaluate_OnlyAnInfoRuleFails_NotSatisfiedWithZeroScore()
    {
        var report = Evaluate("norms: { sharesThreatIntel: false }\n");

        // evaluation.md: every applicable outcome counts whatever its severity ("P9 satisfied 0%" before).
        var p3 = Principle(report, "P3");
        Assert.Equal((Verdict.NotSatisfied, 1, 0m), (p3.Verdict, p3.FailedInfo, p3.Score));
    }

    [Fact]
    public void Evaluate_NoRuleApplies_NotApplicableWithoutScore()
    {
        var report = Evaluate("hygiene: { mfa: { adminPct: 100 } }\n");

        var p5 = Principle(report, "P5");
        Assert.Equal((Verdict.NotApplicable, (decimal?)null, 1), (p5.Verdict, p5.Score, p5.NotApplicable));
    }

    [Fact]
    public void Evaluate_TwoCriticalSuppliers_OneOutcomePerSupplierAndHalfScore()
    {
        var report = Evaluate("""
            supplyChain:
              suppliers:
                - name: A
                  critical: true
                  securityClauses: false
                - name: B
                  critical: true
                  securityClauses: true
                - name: C
                  critical: false
                  securityClauses: false
            """);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "TST0401");
        Assert.Equal(("A has no clauses", "supplyChain.suppliers[0].securityClauses", 10, 24),
            (finding.Message, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Contains(new PassedRule("TST0401", "P4", "supplyChain.suppliers[1].securityClauses"), report.Passed);
        Assert.Equal(50m, Principle(report, "P4").Score);
    }

    [Fact]
    public void Evaluate_AsOfFromCaller_WinsOverDocumentAndClock()
    {
        var report = Evaluate("hygiene: {}\n", new EvaluationOptions { AsOf = new DateOnly(2030, 1, 1) });

        Assert.Equal((new DateOnly(2030, 1, 1), AsOfSource.Caller), (report.AsOf, report.AsOfSource));
    }

    [Fact]
    public void Evaluate_NoCallerDate_UsesAssessedOn()
    {
        var report = Evaluate("hygiene: {}\n");

        Assert.Equal((new DateOnly(2026, 1, 10), AsOfSource.Document), (report.AsOf, report.AsOfSource));
    }

    [Fact]
    public void Evaluate_NoCallerOrDocumentDate_UsesInjectedTimeProvider()
    {
        var evaluator = new NormsEvaluator([new TestPack()], new FixedTimeProvider(new DateTimeOffset(2027, 5, 6, 23, 0, 0, TimeSpan.Zero)));

        var report = evaluator.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\n").Documents[0];

        Assert.Equal((new DateOnly(2027, 5, 6), AsOfSource.Clock), (report.AsOf, report.AsOfSource));
    }

    [Fact]
    public void Evaluate_DocumentWithErrors_NotEvaluatedAndOtherDocumentsStillAre()
    {
        var yaml = Header + "hygiene: { mfa: { adminPtc: 80 } }\n---\n" + Header + "hygiene: { mfa: { adminPct: 80 } }\n";

        var report = Evaluator.EvaluateYaml(yaml, "t.yaml");

        Assert.False(report.Documents[0].Evaluated);
        Assert.All(report.Documents[0].Principles, p => Assert.Equal(Verdict.Undetermined, p.Verdict));
        Assert.Contains(report.Documents[0].Findings, f => f.RuleId == "NE0002");
        Assert.True(report.Documents[1].Evaluated);
        Assert.Contains(report.Documents[1].Findings, f => f.RuleId == "TST0101");
    }

    [Theory]
    [InlineData("TST0101", "warning", Verdict.NotSatisfied)]
    [InlineData("TST*", "info", Verdict.NotSatisfied)]
    [InlineData("P1", "none", Verdict.NotAssessed)]
    [InlineData("TST01*", "none", Verdict.NotAssessed)]
    public void Evaluate_SeverityOverrideOnTheOnlyFailingRule_VerdictAsTheSpecSays(string key, string severity, Verdict expected)
    {
        var options = new EvaluationOptions { Severities = new Dictionary<string, Severity> { [key] = Enum.Parse<Severity>(severity, ignoreCase: true) } };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", options);

        Assert.Equal(expected, Principle(report, "P1").Verdict);
    }

    [Fact]
    public void Evaluate_PrincipleTurnedOff_NotAssessedWithoutScoreAndNotApplicableStaysForTheOthers()
    {
        // The issue: principles: { P7: none } read notApplicable, the same as a principle that does not concern the organisation.
        var options = new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["P1"] = Severity.None } };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", options);

        var p1 = Principle(report, "P1");
        Assert.Equal((Verdict.NotAssessed, (decimal?)null, 0, 1), (p1.Verdict, p1.Score, p1.FailedError, p1.NotApplicable));
        Assert.Equal(Verdict.NotApplicable, Principle(report, "P5").Verdict);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "TST0101");
    }

    [Fact]
    public void Evaluate_PrincipleTurnedOffButOneRuleTurnedBackOn_AssessedOnThatRule()
    {
        var options = new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["P1"] = Severity.None, ["TST0101"] = Severity.Warning } };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", options);

        Assert.Equal((Verdict.NotSatisfied, 1), (Principle(report, "P1").Verdict, Principle(report, "P1").FailedWarning));
    }

    [Fact]
    public void Evaluate_InsufficientDataWithNe0201TurnedOff_StillUndetermined()
    {
        var options = new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["NE0201"] = Severity.None } };

        var report = Evaluate("hygiene:\n  training: { annualCompletionPct: 95 }\n", options);

        Assert.Equal((Verdict.Undetermined, 1, 0m), (Principle(report, "P1").Verdict, Principle(report, "P1").Insufficient, Principle(report, "P1").Score));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "NE0201");
    }

    [Fact]
    public void Evaluate_LongestPrefixOverride_Wins()
    {
        var options = new EvaluationOptions
        {
            Severities = new Dictionary<string, Severity> { ["TST*"] = Severity.None, ["TST01*"] = Severity.Warning },
        };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", options);

        Assert.Equal(Severity.Warning, Assert.Single(report.Findings, f => f.RuleId == "TST0101").Severity);
    }

    [Fact]
    public void Evaluate_ThresholdOverride_IsUsedByRules()
    {
        var options = new EvaluationOptions { Thresholds = new Dictionary<string, decimal> { ["cadenceDays"] = 60 } };

        var report = Evaluate("hygiene: { patching: { osCadenceDays: 45 } }\n", options);

        Assert.Equal(Verdict.Satisfied, Principle(report, "P2").Verdict);
    }

    [Fact]
    public void Evaluate_FindingMovedByInsertedLines_KeepsItsFingerprint()
    {
        var before = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n");
        var after = Evaluate("# a comment\n\nroles: { hasCsirt: false }\nhygiene:\n  mfa:\n    adminPct: 80\n");

        var first = Assert.Single(before.Findings, f => f.RuleId == "TST0101");
        var second = Assert.Single(after.Findings, f => f.RuleId == "TST0101");
        Assert.NotEqual(first.Location.Line, second.Location.Line);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.Matches("^[0-9a-f]{32}$", first.Fingerprint);
    }

    [Fact]
    public void Constructor_TwoPacksWithTheSameRuleId_ThrowsNe0102()
    {
        var evaluator = new NormsEvaluator([new TestPack(), new TestPack()]);

        var error = Assert.Throws<RulePackException>(() => evaluator.Compile());
        Assert.Equal("NE0102", error.Descriptor.Id);
    }

    [Fact]
    public void AddNormsEngine_WithPackAndTimeProvider_RegistersOneEvaluatorUsingThatClock()
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2028, 2, 3, 0, 0, 0, TimeSpan.Zero)))
            .AddNormsEngine(b => b.AddRulePack<TestPack>())
            .AddNormsEngine(b => b.AddRulePack<TestPack>())
            .BuildServiceProvider();

        var evaluator = services.GetRequiredService<INormsEvaluator>();

        Assert.Same(evaluator, services.GetRequiredService<INormsEvaluator>());
        Assert.Equal(5, evaluator.Descriptors.Count);
        Assert.Equal(new DateOnly(2028, 2, 3), evaluator.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\n").Documents[0].AsOf);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
