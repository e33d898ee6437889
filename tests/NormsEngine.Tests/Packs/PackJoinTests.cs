using System.Diagnostics;
using NormsEngine.Diagnostics;
using static NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.Tests.Packs;

/// <summary>forEach rules are Rete joins of each supplier with the organisation: one outcome per supplier, at its path.</summary>
public sealed class PackJoinTests
{
    private const string Suppliers = """
        incidentResponse: { reporting: { earlyWarningHours: 24 } }
        supplyChain:
          suppliers:
            - name: Late
              critical: true
              incidentNoticeHours: 48
            - name: Prompt
              critical: true
              incidentNoticeHours: 12
            - name: Silent
              critical: true
            - name: Minor
              critical: false
              incidentNoticeHours: 96
            - name: Unsure
              incidentNoticeHours: 96

        """;

    [Fact]
    public void Evaluate_ForEachWithSeveralSuppliers_OneOutcomePerApplicableSupplierAtItsPath()
    {
        var pack = Load(OneRule(
            "{ item.incidentNoticeHours: { greaterThan: { path: incidentResponse.reporting.earlyWarningHours } } }",
            appliesWhen: "{ item.critical: { equals: true } }",
            forEach: true,
            message: "{item.name} gives notice in {item.incidentNoticeHours} h, after the {incidentResponse.reporting.earlyWarningHours} h early warning"));

        var report = Evaluate(pack, Suppliers);

        Assert.Equal(
            [
                (Outcome.Failed, "supplyChain.suppliers[0].incidentNoticeHours"),
                (Outcome.Passed, "supplyChain.suppliers[1].incidentNoticeHours"),
                (Outcome.InsufficientData, "supplyChain.suppliers[2]"),
            ],
            report.Outcomes().OrderBy(o => o.Path, StringComparer.Ordinal));
        var late = Assert.Single(report.Findings, f => f.RuleId == RuleId);
        Assert.Equal("Late gives notice in 48 h, after the 24 h early warning", late.Message);
        Assert.Equal((11, 28), (late.Location.Line, late.Location.Column));
        var silent = Assert.Single(report.Findings, f => f.RuleId == "NE0201");
        Assert.Equal("T0001 applies but these paths are not declared: supplyChain.suppliers[2].incidentNoticeHours", silent.Message);
        Assert.Equal((15, 7), (silent.Location.Line, silent.Location.Column));
    }

    [Fact]
    public void Evaluate_ForEachWithoutAppliesWhen_EverySupplier()
    {
        var pack = Load(OneRule("{ item.incidentNoticeHours: { greaterThan: 24 } }", forEach: true));

        var report = Evaluate(pack, Suppliers);

        Assert.Equal(
            [Outcome.Failed, Outcome.Passed, Outcome.InsufficientData, Outcome.Failed, Outcome.Failed],
            report.Outcomes().OrderBy(o => o.Path, StringComparer.Ordinal).Select(o => o.Outcome));
    }

    [Fact]
    public void Evaluate_ForEachScopeOnTheOrganisationOnly_JoinsEverySupplierWhenItHolds()
    {
        var pack = Load(OneRule("{ item.critical: { declared: false } }", appliesWhen: "{ roles.criticalInfrastructure: { equals: true } }", forEach: true));

        var applies = Evaluate(pack, "roles: { criticalInfrastructure: true }\n" + Suppliers);
        var doesNot = Evaluate(pack, Suppliers);

        Assert.Equal(
            [Outcome.Passed, Outcome.Passed, Outcome.Passed, Outcome.Passed, Outcome.Failed],
            applies.Outcomes().OrderBy(o => o.Path, StringComparer.Ordinal).Select(o => o.Outcome));
        Assert.Empty(doesNot.Outcomes());
    }

    [Fact]
    public void Evaluate_ForEachWithNoSuppliers_NotApplicable()
    {
        var pack = Load(OneRule("{ item.incidentNoticeHours: { greaterThan: 24 } }", forEach: true));

        var report = Evaluate(pack, "supplyChain: { supplierInventory: true }\n");

        Assert.Equal(Outcome.NotApplicable, report.OutcomeOf());
        Assert.Equal(Verdict.NotApplicable, report.Principles.Single(p => p.Principle.Id == "P1").Verdict);
    }

    [Fact]
    public void Evaluate_ItemExtensionField_ReadFromTheSuppliersOwnPath()
    {
        var pack = Load(OneRule("{ item.x-tier: { equals: gold } }", forEach: true));

        var report = Evaluate(pack, "supplyChain:\n  suppliers:\n    - { name: A, x-tier: gold }\n    - { name: B, x-tier: silver }\n    - { name: C }\n");

        Assert.Equal(
            [
                (Outcome.Failed, "supplyChain.suppliers[0].x-tier"),
                (Outcome.Passed, "supplyChain.suppliers[1].x-tier"),
                (Outcome.InsufficientData, "supplyChain.suppliers[2]"),
            ],
            report.Outcomes().OrderBy(o => o.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_CatastrophicBacktrackingPattern_EndsQuicklyAsAFinding()
    {
        // The backreference keeps the pattern on the backtracking engine, where its timeout ends it.
        var pack = Load(OneRule("{ x-notes: { matches: '^(a)(a+)+\\1$' } }"));
        var body = "x-notes: " + new string('a', 5000) + "b\n";
        var stopwatch = Stopwatch.StartNew();

        var report = Evaluate(pack, body);

        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        var finding = Assert.Single(report.Findings, f => f.RuleId == "NE0201");
        Assert.Equal("T0001 applies but these paths are not declared: x-notes (matching /^(a)(a+)+\\1$/ took longer than 100 ms)", finding.Message);
        Assert.Equal(("x-notes", 6), (finding.Location.Path, finding.Location.Line));
        Assert.Equal(Verdict.Undetermined, report.Principles.Single(p => p.Principle.Id == "P1").Verdict);
    }

    [Fact]
    public void Evaluate_NestedQuantifierWithoutBackreference_IsDecidedByTheLinearEngine()
    {
        // (a+)+ backtracks exponentially, but the non-backtracking engine decides it in linear time: no timeout.
        var pack = Load(OneRule("{ x-notes: { matches: \"^(a+)+$\" } }"));
        var body = "x-notes: " + new string('a', 5000) + "b\n";

        var report = Evaluate(pack, body);

        Assert.Equal(Outcome.Passed, report.OutcomeOf());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "NE0201");
    }
}
