using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Rules;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// Evidence on every outcome (<see cref="EvaluationOptions.Explain"/>), each kind on its own: scopes that hold and
/// that do not, values read and missing, thresholds from a pack's default, the configuration and another pack, the
/// as-of date from each source, per-supplier targets, and nothing at all when not explaining.
/// </summary>
public sealed class ExplainerTests
{
    // Lines: 1-4 header, then the body from line 5.
    private const string Header = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n";

    private static readonly NormsEvaluator ParisCall = new([new ParisCallPack()]);

    private static DocumentReport Explain(string yaml, EvaluationOptions? options = null, NormsEvaluator? evaluator = null) =>
        Assert.Single((evaluator ?? ParisCall).EvaluateYaml(yaml, "org.yaml", (options ?? new EvaluationOptions { AsOf = PackHarness.AsOf }) with { Explain = true }).Documents);

    private static Explanation Of(DocumentReport report, string ruleId, string target = "") =>
        Assert.Single(report.Explanations, e => e.RuleId == ruleId && e.Target == target);

    [Fact]
    public void Evaluate_ExplainOff_NoExplanations()
    {
        var report = Assert.Single(ParisCall.EvaluateYaml(Header + "roles: { criticalInfrastructure: true }\n", "org.yaml", new EvaluationOptions { AsOf = PackHarness.AsOf }).Documents);

        Assert.True(report.Evaluated);
        Assert.Empty(report.Explanations);
    }

    [Fact]
    public void RuleContext_NotExplaining_RecordsNothingOnOutcomes()
    {
        var thresholds = new Thresholds(ParisCallThresholds.Defaults);
        var context = new RuleContext(PackHarness.AsOf, thresholds);

        context.Decide(TestPack.AdminMfa, new NormsEngine.Model.Organisation(), o => o.Hygiene.Mfa.AdminPct, true, 80m);

        Assert.Same(thresholds, context.Thresholds);
        Assert.Null(Assert.Single(context.Outcomes).Reads);
    }

    [Fact]
    public void Evaluate_Explaining_ExplainsEveryRuleOnce()
    {
        var report = Explain(Header + "roles: { criticalInfrastructure: true }\n");

        var organisationLevel = report.Explanations.Where(e => e.Target.Length == 0).Select(e => e.RuleId).ToList();
        Assert.Equal(ParisCall.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), organisationLevel.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(organisationLevel.Count, organisationLevel.Distinct().Count());
    }

    [Fact]
    public void Explain_ScopeHolds_NamesTheSwitchWithItsLine()
    {
        var report = Explain(Header + "roles:\n  criticalInfrastructure: true\n");

        var scope = Of(report, "PC0101").Scope!;
        Assert.Equal(("essentialService", true), (scope.Name, scope.Holds));
        Assert.Contains(new ValueEvidence("roles.criticalInfrastructure", "true", true, 6, 27), scope.Values);
        Assert.Contains(new ValueEvidence("roles.nis2Entity", "none", false, 0, 0), scope.Values);
    }

    [Fact]
    public void Explain_ScopeDoesNotHold_NotApplicableWithTheScopeAndValues()
    {
        var report = Explain(Header + "roles:\n  developsSoftware: false\n");

        var explanation = Of(report, "PC0603");
        Assert.Equal(Outcome.NotApplicable, explanation.Outcome);
        Assert.Equal("its scope softwareProducer does not hold", explanation.Reason);
        Assert.False(explanation.Scope!.Holds);
        Assert.Equal([new ValueEvidence("roles.developsSoftware", "false", true, 6, 21)], explanation.Scope.Values);
    }

    [Fact]
    public void Explain_RuleConditionBeyondItsScopeDoesNotHold_NamesTheValueAndItsLine()
    {
        var report = Explain(Header + "roles:\n  criticalInfrastructure: true\nincidentResponse:\n  plan:\n    exists: false\n");

        var explanation = Of(report, "PC0103");
        Assert.Equal(Outcome.NotApplicable, explanation.Outcome);
        Assert.Contains("its condition on incidentResponse.plan.exists does not hold", explanation.Reason, StringComparison.Ordinal);
        Assert.Equal([new ValueEvidence("incidentResponse.plan.exists", "false", true, 9, 13)], explanation.Values);
    }

    [Fact]
    public void Explain_RuleConditionOnAValueNotDeclared_SaysNotDeclared()
    {
        var report = Explain(Header + "roles:\n  criticalInfrastructure: true\n");

        var explanation = Of(report, "PC0805");
        Assert.Equal(Outcome.NotApplicable, explanation.Outcome);
        Assert.Contains("its condition on incidentResponse.retainer.provider does not hold", explanation.Reason, StringComparison.Ordinal);
        Assert.False(Assert.Single(explanation.Values).Declared);
    }

    [Fact]
    public void Reason_PrincipleWithNoApplicableRule_NamesEachScopeWithItsValues()
    {
        var report = Explain(Header + "roles:\n  internetFacing: true\n");

        var reason = ExplanationText.Reason(report.Principles.Single(p => p.Principle.Id == "P2"), report.Explanations);

        Assert.StartsWith("no rule applies: network rules need network.asns to list at least one AS number (network.asns not declared)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ValueRead_PathValueLineAndColumn()
    {
        var report = Explain(Header + "hygiene:\n  mfa:\n    adminPct: 80\n");

        var explanation = Of(report, "PC0702");
        Assert.Equal(Outcome.Failed, explanation.Outcome);
        Assert.Equal([new ValueEvidence("hygiene.mfa.adminPct", "80", true, 7, 15)], explanation.Values);
        Assert.Contains("80", explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ValueMissing_NotDeclaredWithTheQuestionToAsk()
    {
        var report = Explain(Header + "hygiene:\n  mfa:\n    externalAppsPct: 100\n");

        var explanation = Of(report, "PC0702");
        Assert.Equal(Outcome.InsufficientData, explanation.Outcome);
        Assert.Equal([new ValueEvidence("hygiene.mfa.adminPct", null, false, 0, 0)], explanation.Values);
        Assert.Equal(["declare hygiene.mfa.adminPct: administrative accounts behind MFA, a percentage from 0 to 100"], explanation.Questions);
        Assert.Equal("hygiene.mfa.adminPct: not declared", ExplanationText.Describe(explanation.Values[0]));
    }

    [Fact]
    public void Explain_ThresholdDefault_NamesThePack()
    {
        var report = Explain(Header + "roles: { internetFacing: true }\nhygiene:\n  patching: { criticalExternalSlaDays: 20 }\n");

        var explanation = Of(report, "PC0705");
        Assert.Equal([new ThresholdEvidence("criticalPatchSlaDays", 14m, ThresholdSource.Default, "paris-call", 0)], explanation.Thresholds);
        Assert.Equal(["20 > 14 (criticalPatchSlaDays)"], explanation.Comparisons);
    }

    [Fact]
    public void Explain_ThresholdFromConfiguration_NamesTheFileAndLine()
    {
        var configuration = ConfigurationFile.Parse("apiVersion: norms/v1\nkind: Configuration\nthresholds:\n  criticalPatchSlaDays: 7\n", "norms.config.yaml");
        Assert.Empty(configuration.Errors);
        var options = EvaluationOptions.FromConfiguration(configuration.Configuration) with { AsOf = PackHarness.AsOf };

        var report = Explain(Header + "roles: { internetFacing: true }\nhygiene:\n  patching: { criticalExternalSlaDays: 10 }\n", options);

        var threshold = Assert.Single(Of(report, "PC0705").Thresholds);
        Assert.Equal(new ThresholdEvidence("criticalPatchSlaDays", 7m, ThresholdSource.Configuration, "norms.config.yaml", 4), threshold);
        Assert.Equal("criticalPatchSlaDays = 7 (norms.config.yaml, line 4)", ExplanationText.Describe(threshold));
    }

    [Fact]
    public void Explain_ThresholdFromOptions_SourceOptions()
    {
        var options = new EvaluationOptions { AsOf = PackHarness.AsOf, Thresholds = new Dictionary<string, decimal> { ["criticalPatchSlaDays"] = 30 } };

        var report = Explain(Header + "roles: { internetFacing: true }\nhygiene:\n  patching: { criticalExternalSlaDays: 20 }\n", options);

        var explanation = Of(report, "PC0705");
        Assert.Equal(Outcome.Passed, explanation.Outcome);
        Assert.Equal(new ThresholdEvidence("criticalPatchSlaDays", 30m, ThresholdSource.Options, null, 0), Assert.Single(explanation.Thresholds));
        Assert.Equal("its failure condition does not hold for hygiene.patching.criticalExternalSlaDays = 20 against criticalPatchSlaDays = 30", explanation.Reason);
    }

    [Fact]
    public void Explain_ThresholdFromAnotherPack_SourcePackWithItsId()
    {
        var pack = PackHarness.Load(
            "apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: strict, version: 1.0.0, title: Strict }\nthresholds: { criticalPatchSlaDays: 3 }\nrules: []\n",
            ParisCallThresholds.Defaults.Keys);
        var evaluator = new NormsEvaluator([new ParisCallPack(), pack]);

        var report = Explain(Header + "roles: { internetFacing: true }\nhygiene:\n  patching: { criticalExternalSlaDays: 5 }\n", evaluator: evaluator);

        var explanation = Of(report, "PC0705");
        Assert.Equal(Outcome.Failed, explanation.Outcome);
        Assert.Equal(new ThresholdEvidence("criticalPatchSlaDays", 3m, ThresholdSource.Pack, "strict", 0), Assert.Single(explanation.Thresholds));
    }

    [Fact]
    public void Explain_YamlRule_ThresholdAndScopeFromTheCondition()
    {
        var pack = PackHarness.Load(PackHarness.OneRule(
            "{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: limitHours } } }",
            appliesWhen: "{ roles.criticalInfrastructure: { equals: true } }"));
        var evaluator = new NormsEvaluator([pack]);

        var report = Explain(PackHarness.DocumentHeader + "roles: { criticalInfrastructure: true }\nincidentResponse:\n  reporting: { earlyWarningHours: 12 }\n", evaluator: evaluator);

        var explanation = Of(report, PackHarness.RuleId);
        Assert.Equal(Outcome.Passed, explanation.Outcome);
        Assert.Equal(("appliesWhen", "roles.criticalInfrastructure is true", true), (explanation.Scope!.Name, explanation.Scope.Description, explanation.Scope.Holds));
        Assert.Equal(new ThresholdEvidence("limitHours", 24m, ThresholdSource.Default, "t", 0), Assert.Single(explanation.Thresholds));
        Assert.Equal([new ValueEvidence("incidentResponse.reporting.earlyWarningHours", "12", true, 8, 35)], explanation.Values);
        Assert.Equal("its failure condition does not hold: incidentResponse.reporting.earlyWarningHours is greater than the threshold limitHours (24)", explanation.Reason);
    }

    [Fact]
    public void Explain_YamlRuleScopeDoesNotHold_NotApplicableWithTheConditionAndItsValue()
    {
        var pack = PackHarness.Load(PackHarness.OneRule(
            "{ incidentResponse.reporting.earlyWarningHours: { greaterThan: 24 } }",
            appliesWhen: "{ roles.nis2Entity: { in: [essential, important] } }"));

        var report = Explain(PackHarness.DocumentHeader + "roles: { nis2Entity: none }\n", evaluator: new NormsEvaluator([pack]));

        var explanation = Of(report, PackHarness.RuleId);
        Assert.Equal(Outcome.NotApplicable, explanation.Outcome);
        var scope = explanation.Scope!;
        Assert.Equal(("appliesWhen", "roles.nis2Entity is one of essential, important", false), (scope.Name, scope.Description, scope.Holds));
        Assert.Equal([new ValueEvidence("roles.nis2Entity", "none", true, 6, 22)], scope.Values);
    }

    [Fact]
    public void Explain_YamlPerSupplierRule_OneExplanationPerItem()
    {
        var pack = PackHarness.Load(PackHarness.OneRule("{ item.incidentNoticeHours: { greaterThan: { threshold: limitHours } } }", forEach: true));

        var report = Explain(
            PackHarness.DocumentHeader + "supplyChain:\n  suppliers:\n    - { name: A, incidentNoticeHours: 12 }\n    - { name: B, incidentNoticeHours: 48 }\n",
            evaluator: new NormsEvaluator([pack]));

        Assert.Equal(Outcome.Passed, Of(report, PackHarness.RuleId, "supplyChain.suppliers[0]").Outcome);
        var failed = Of(report, PackHarness.RuleId, "supplyChain.suppliers[1]");
        Assert.Equal(Outcome.Failed, failed.Outcome);
        Assert.Equal(["48 > 24 (limitHours)"], failed.Comparisons);
    }

    [Fact]
    public void Explain_AsOfFromTheDocument_NamesTheLineAndTheAge()
    {
        var report = Explain(
            Header + "  assessedOn: 2026-10-15\nincidentResponse:\n  plan: { exists: true, lastExercise: 2025-06-30 }\n",
            new EvaluationOptions());

        var explanation = Of(report, "PC0103");
        Assert.Equal(new AsOfEvidence(new DateOnly(2026, 10, 15), AsOfSource.Document, 5), explanation.AsOf);
        Assert.Equal(472, Assert.Single(explanation.Values).AgeInDays);
        Assert.Equal(["472 days > 365 (exerciseMaxAgeDays)"], explanation.Comparisons);
    }

    [Fact]
    public void Explain_AsOfFromTheCaller_SourceCaller()
    {
        var report = Explain(Header + "incidentResponse:\n  plan: { exists: true, lastExercise: 2026-06-30 }\n", new EvaluationOptions { AsOf = new DateOnly(2026, 7, 10) });

        var explanation = Of(report, "PC0103");
        Assert.Equal(new AsOfEvidence(new DateOnly(2026, 7, 10), AsOfSource.Caller, 0), explanation.AsOf);
        Assert.Equal(["10 days < 365 (exerciseMaxAgeDays)"], explanation.Comparisons);
    }

    [Fact]
    public void Explain_AsOfFromTheClock_SourceClock()
    {
        var evaluator = new NormsEvaluator([new ParisCallPack()], new FixedClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)));

        var report = Explain(Header + "incidentResponse:\n  plan: { exists: true, lastExercise: 2026-02-01 }\n", new EvaluationOptions(), evaluator);

        Assert.Equal(new AsOfEvidence(new DateOnly(2026, 3, 1), AsOfSource.Clock, 0), Of(report, "PC0103").AsOf);
    }

    [Fact]
    public void Explain_RuleWithoutAges_NoAsOf()
    {
        var report = Explain(Header + "hygiene:\n  mfa:\n    adminPct: 100\n");

        Assert.Null(Of(report, "PC0702").AsOf);
    }

    [Fact]
    public void Explain_PerSupplierRule_OneExplanationPerSupplierWithItsValues()
    {
        var report = Explain(
            Header + "roles: { criticalInfrastructure: true }\nincidentResponse:\n  reporting: { earlyWarningHours: 24 }\n"
            + "supplyChain:\n  suppliers:\n    - { name: A, critical: true, incidentNoticeHours: 12 }\n    - { name: B, critical: true, incidentNoticeHours: 48 }\n");

        var first = Of(report, "PC0606", "supplyChain.suppliers[0]");
        var second = Of(report, "PC0606", "supplyChain.suppliers[1]");
        Assert.Equal((Outcome.Passed, Outcome.Failed), (first.Outcome, second.Outcome));
        Assert.Contains(new ValueEvidence("supplyChain.suppliers[1].incidentNoticeHours", "48", true, 11, 55), second.Values);
        Assert.True(second.Scope!.Holds);
    }

    [Fact]
    public void Explain_RuleTurnedOffByConfiguration_NamesTheEntryAndLine()
    {
        var configuration = ConfigurationFile.Parse("apiVersion: norms/v1\nkind: Configuration\nprinciples:\n  P9: none\n", "norms.config.yaml");
        var options = EvaluationOptions.FromConfiguration(configuration.Configuration) with { AsOf = PackHarness.AsOf };

        var report = Explain(Header + "roles: { criticalInfrastructure: true }\n", options);

        var explanation = Of(report, "PC0901");
        Assert.Equal((Outcome.NotApplicable, Severity.None), (explanation.Outcome, explanation.Severity));
        Assert.Equal("turned off by the configuration: principles.P9: none (norms.config.yaml, line 4)", explanation.Reason);
    }

    [Fact]
    public void Reason_PrincipleTurnedOff_SaysNotAssessedWithTheSettingAndLine()
    {
        var configuration = ConfigurationFile.Parse("apiVersion: norms/v1\nkind: Configuration\nprinciples:\n  P9: none\n", "norms.config.yaml");
        var options = EvaluationOptions.FromConfiguration(configuration.Configuration) with { AsOf = PackHarness.AsOf };

        var report = Explain(Header + "roles: { criticalInfrastructure: true }\n", options);

        var p9 = report.Principles.Single(p => p.Principle.Id == "P9");
        Assert.Equal(Verdict.NotAssessed, p9.Verdict);
        Assert.Equal(
            "not assessed: turned off by the configuration: principles.P9: none (norms.config.yaml, line 4)",
            ExplanationText.Reason(p9, report.Explanations));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
