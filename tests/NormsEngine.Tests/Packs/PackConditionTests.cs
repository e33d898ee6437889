using NormsEngine.Diagnostics;
using static NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.Tests.Packs;

/// <summary>Every test and combinator of the YAML rule language, with declared and missing values (as of 2026-01-10).</summary>
public sealed class PackConditionTests
{
    private const string Missing = "";

    public static TheoryData<string, string, Outcome> Tests() => new()
    {
        // equals / notEquals on a boolean, an enum with a default, text, a date
        { "{ norms.sharesThreatIntel: { equals: false } }", "norms: { sharesThreatIntel: false }\n", Outcome.Failed },
        { "{ norms.sharesThreatIntel: { equals: false } }", "norms: { sharesThreatIntel: true }\n", Outcome.Passed },
        { "{ norms.sharesThreatIntel: { equals: false } }", Missing, Outcome.InsufficientData },
        { "{ roles.nis2Entity: { equals: essential } }", "roles: { nis2Entity: essential }\n", Outcome.Failed },
        { "{ roles.nis2Entity: { equals: essential } }", Missing, Outcome.Passed },
        { "{ metadata.country: { notEquals: FRA } }", Missing, Outcome.InsufficientData },
        { "{ metadata.assessedOn: { equals: 2026-01-10 } }", Missing, Outcome.Failed },
        { "{ metadata.name: { notEquals: Test } }", Missing, Outcome.Passed },

        // in / notIn
        { "{ roles.nis2Entity: { in: [essential, important] } }", "roles: { nis2Entity: important }\n", Outcome.Failed },
        { "{ roles.nis2Entity: { in: [essential, important] } }", "roles: { nis2Entity: none }\n", Outcome.Passed },
        { "{ roles.nis2Entity: { notIn: [essential, important] } }", "roles: { nis2Entity: none }\n", Outcome.Failed },
        { "{ hygiene.patching.osCadenceDays: { in: [7, 14] } }", "hygiene: { patching: { osCadenceDays: 14 } }\n", Outcome.Failed },
        { "{ hygiene.patching.osCadenceDays: { notIn: [7, 14] } }", Missing, Outcome.InsufficientData },

        // ordering on whole numbers, percentages and dates
        { "{ hygiene.patching.osCadenceDays: { greaterThan: 30 } }", "hygiene: { patching: { osCadenceDays: 31 } }\n", Outcome.Failed },
        { "{ hygiene.patching.osCadenceDays: { greaterThan: 30 } }", "hygiene: { patching: { osCadenceDays: 30 } }\n", Outcome.Passed },
        { "{ hygiene.patching.osCadenceDays: { greaterThan: 30 } }", Missing, Outcome.InsufficientData },
        { "{ hygiene.patching.osCadenceDays: { greaterThanOrEqual: 30 } }", "hygiene: { patching: { osCadenceDays: 30 } }\n", Outcome.Failed },
        { "{ hygiene.patching.osCadenceDays: { greaterThanOrEqual: 30 } }", "hygiene: { patching: { osCadenceDays: 29 } }\n", Outcome.Passed },
        { "{ hygiene.mfa.adminPct: { lessThan: 100 } }", "hygiene: { mfa: { adminPct: 99.5 } }\n", Outcome.Failed },
        { "{ hygiene.mfa.adminPct: { lessThan: 100 } }", "hygiene: { mfa: { adminPct: 100 } }\n", Outcome.Passed },
        { "{ hygiene.mfa.adminPct: { lessThanOrEqual: 99.5 } }", "hygiene: { mfa: { adminPct: 99.5 } }\n", Outcome.Failed },
        { "{ hygiene.mfa.adminPct: { lessThanOrEqual: 99.5 } }", "hygiene: { mfa: { adminPct: 99.6 } }\n", Outcome.Passed },
        { "{ metadata.assessedOn: { lessThan: 2026-02-01 } }", Missing, Outcome.Failed },
        { "{ metadata.assessedOn: { greaterThan: 2026-02-01 } }", Missing, Outcome.Passed },

        // contains and isEmpty on lists of text, numbers and enum values
        { "{ norms.isacs: { contains: FS-ISAC } }", "norms: { isacs: [H-ISAC, FS-ISAC] }\n", Outcome.Failed },
        { "{ norms.isacs: { contains: FS-ISAC } }", "norms: { isacs: [H-ISAC] }\n", Outcome.Passed },
        { "{ norms.isacs: { contains: FS-ISAC } }", Missing, Outcome.InsufficientData },
        { "{ network.asns: { contains: 64500 } }", "network: { asns: [64500] }\n", Outcome.Failed },
        { "{ network.kinds: { contains: isp } }", "network: { kinds: [transit, isp] }\n", Outcome.Failed },
        { "{ norms.isacs: { isEmpty: true } }", "norms: { isacs: [] }\n", Outcome.Failed },
        { "{ norms.isacs: { isEmpty: true } }", "norms: { isacs: [H-ISAC] }\n", Outcome.Passed },
        { "{ norms.isacs: { isEmpty: false } }", "norms: { isacs: [H-ISAC] }\n", Outcome.Failed },
        { "{ norms.isacs: { isEmpty: true } }", Missing, Outcome.InsufficientData },

        // declared is never unknown
        { "{ norms.sharesThreatIntel: { declared: false } }", Missing, Outcome.Failed },
        { "{ norms.sharesThreatIntel: { declared: false } }", "norms: { sharesThreatIntel: false }\n", Outcome.Passed },
        { "{ norms.sharesThreatIntel: { declared: true } }", "norms: { sharesThreatIntel: false }\n", Outcome.Failed },
        { "{ supplyChain.suppliers: { declared: false } }", Missing, Outcome.Failed },

        // olderThanDays against the as-of date (2026-01-10)
        { "{ resilience.backups.lastRestoreTest: { olderThanDays: 365 } }", "resilience: { backups: { lastRestoreTest: 2025-01-09 } }\n", Outcome.Failed },
        { "{ resilience.backups.lastRestoreTest: { olderThanDays: 365 } }", "resilience: { backups: { lastRestoreTest: 2025-01-10 } }\n", Outcome.Passed },
        { "{ resilience.backups.lastRestoreTest: { olderThanDays: 365 } }", Missing, Outcome.InsufficientData },

        // matches
        { "{ metadata.country: { matches: \"^F\" } }", "x-unused: 1\n", Outcome.InsufficientData },
        { "{ metadata.name: { matches: \"^Te\" } }", Missing, Outcome.Failed },
        { "{ metadata.name: { matches: \"^te\" } }", Missing, Outcome.Passed },

        // operands: another path, the pack's threshold
        { "{ hygiene.patching.criticalExternalSlaDays: { greaterThan: { path: hygiene.patching.osCadenceDays } } }", "hygiene: { patching: { osCadenceDays: 14, criticalExternalSlaDays: 30 } }\n", Outcome.Failed },
        { "{ hygiene.patching.criticalExternalSlaDays: { greaterThan: { path: hygiene.patching.osCadenceDays } } }", "hygiene: { patching: { osCadenceDays: 30, criticalExternalSlaDays: 14 } }\n", Outcome.Passed },
        { "{ hygiene.patching.criticalExternalSlaDays: { greaterThan: { path: hygiene.patching.osCadenceDays } } }", "hygiene: { patching: { criticalExternalSlaDays: 14 } }\n", Outcome.InsufficientData },
        { "{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: limitHours } } }", "incidentResponse: { reporting: { earlyWarningHours: 25 } }\n", Outcome.Failed },
        { "{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: limitHours } } }", "incidentResponse: { reporting: { earlyWarningHours: 24 } }\n", Outcome.Passed },
        { "{ resilience.backups.lastRestoreTest: { olderThanDays: { threshold: limitHours } } }", "resilience: { backups: { lastRestoreTest: 2026-01-01 } }\n", Outcome.Passed },

        // extension fields, typed at run time
        { "{ x-sector.code: { equals: AB12 } }", "x-sector: { code: AB12 }\n", Outcome.Failed },
        { "{ x-score: { greaterThan: 5 } }", "x-score: 7\n", Outcome.Failed },
        { "{ x-score: { greaterThan: 5 } }", "x-score: 3\n", Outcome.Passed },
        { "{ x-score: { greaterThan: 5 } }", Missing, Outcome.InsufficientData },
        { "{ x-score: { greaterThan: 5 } }", "x-score: high\n", Outcome.InsufficientData },
        { "{ x-score: { equals: 5 } }", "x-score: five\n", Outcome.InsufficientData },
        { "{ x-score: { notEquals: 5 } }", "x-score: five\n", Outcome.InsufficientData },
        { "{ x-score: { equals: 5 } }", "x-score: 6\n", Outcome.Passed },
        { "{ x-score: { in: [5, 6] } }", "x-score: five\n", Outcome.InsufficientData },
        { "{ x-score: { in: [5, six] } }", "x-score: five\n", Outcome.Passed },
        { "{ x-score: { notIn: [5, 6] } }", "x-score: 7\n", Outcome.Failed },
        { "{ x-tags: { contains: 5 } }", "x-tags: [a, b]\n", Outcome.InsufficientData },
        { "{ x-tags: { contains: 5 } }", "x-tags: []\n", Outcome.Passed },
        { "{ hygiene.x-reviewed: { olderThanDays: 30 } }", "hygiene: { x-reviewed: 2025-01-01 }\n", Outcome.Failed },
        { "{ x-tags: { contains: a } }", "x-tags: [b, a]\n", Outcome.Failed },
        { "{ x-tags: { isEmpty: true } }", "x-tags: []\n", Outcome.Failed },
    };

    public static TheoryData<string, string, Outcome> Combinators() => new()
    {
        // a mapping of several paths is an implicit all; all: false AND unknown is false
        { "{ norms.sharesThreatIntel: { equals: false }, hygiene.mfa.adminPct: { lessThan: 100 } }", "norms: { sharesThreatIntel: false }\nhygiene: { mfa: { adminPct: 50 } }\n", Outcome.Failed },
        { "{ norms.sharesThreatIntel: { equals: false }, hygiene.mfa.adminPct: { lessThan: 100 } }", "norms: { sharesThreatIntel: true }\n", Outcome.Passed },
        { "{ norms.sharesThreatIntel: { equals: false }, hygiene.mfa.adminPct: { lessThan: 100 } }", "norms: { sharesThreatIntel: false }\n", Outcome.InsufficientData },
        { "{ all: [ { norms.sharesThreatIntel: { equals: false } }, { hygiene.mfa.adminPct: { lessThan: 100 } } ] }", "hygiene: { mfa: { adminPct: 100 } }\n", Outcome.Passed },
        { "{ hygiene.patching.osCadenceDays: { greaterThan: 7, lessThan: 30 } }", "hygiene: { patching: { osCadenceDays: 14 } }\n", Outcome.Failed },
        { "{ hygiene.patching.osCadenceDays: { greaterThan: 7, lessThan: 30 } }", "hygiene: { patching: { osCadenceDays: 30 } }\n", Outcome.Passed },

        // any: true OR unknown is true; false OR unknown is unknown
        { "{ any: [ { norms.sharesThreatIntel: { equals: false } }, { hygiene.mfa.adminPct: { lessThan: 100 } } ] }", "hygiene: { mfa: { adminPct: 50 } }\n", Outcome.Failed },
        { "{ any: [ { norms.sharesThreatIntel: { equals: false } }, { hygiene.mfa.adminPct: { lessThan: 100 } } ] }", "hygiene: { mfa: { adminPct: 100 } }\n", Outcome.InsufficientData },
        { "{ any: [ { norms.sharesThreatIntel: { equals: false } }, { hygiene.mfa.adminPct: { lessThan: 100 } } ] }", "norms: { sharesThreatIntel: true }\nhygiene: { mfa: { adminPct: 100 } }\n", Outcome.Passed },

        // not: not unknown is unknown
        { "{ not: { norms.sharesThreatIntel: { equals: true } } }", "norms: { sharesThreatIntel: false }\n", Outcome.Failed },
        { "{ not: { norms.sharesThreatIntel: { equals: true } } }", "norms: { sharesThreatIntel: true }\n", Outcome.Passed },
        { "{ not: { norms.sharesThreatIntel: { equals: true } } }", Missing, Outcome.InsufficientData },
        { "{ not: { norms.sharesThreatIntel: { declared: true } } }", Missing, Outcome.Failed },

        // nesting
        { "{ any: [ { not: { all: [ { roles.hasCsirt: { equals: true } }, { norms.isacs: { isEmpty: false } } ] } }, { x-flag: { equals: true } } ] }", "roles: { hasCsirt: true }\nnorms: { isacs: [] }\n", Outcome.Failed },
        { "{ any: [ { not: { all: [ { roles.hasCsirt: { equals: true } }, { norms.isacs: { isEmpty: false } } ] } }, { x-flag: { equals: true } } ] }", "roles: { hasCsirt: true }\nnorms: { isacs: [A] }\n", Outcome.InsufficientData },
        { "{ any: [ { not: { all: [ { roles.hasCsirt: { equals: true } }, { norms.isacs: { isEmpty: false } } ] } }, { x-flag: { equals: true } } ] }", "roles: { hasCsirt: true }\nnorms: { isacs: [A] }\nx-flag: false\n", Outcome.Passed },
    };

    [Theory]
    [MemberData(nameof(Tests))]
    public void Evaluate_Test_GivesThreeValuedOutcome(string failsWhen, string body, Outcome expected) =>
        Assert.Equal(expected, Run(failsWhen, body));

    [Theory]
    [MemberData(nameof(Combinators))]
    public void Evaluate_Combinator_GivesThreeValuedOutcome(string failsWhen, string body, Outcome expected) =>
        Assert.Equal(expected, Run(failsWhen, body));

    [Theory]
    [InlineData("norms: { sharesThreatIntel: true }\n", Outcome.Failed)]
    [InlineData("norms: { sharesThreatIntel: false }\n", Outcome.NotApplicable)]
    [InlineData("", Outcome.NotApplicable)]
    public void Evaluate_AppliesWhen_TrueAppliesFalseOrUnknownDoesNot(string body, Outcome expected) =>
        Assert.Equal(expected, Run("{ hygiene.mfa.adminPct: { declared: false } }", body, appliesWhen: "{ norms.sharesThreatIntel: { equals: true } }"));

    [Theory]
    [InlineData("{ x-tier: { equals: 1 } }", "x-tier: one\n", "x-tier (text, which equals cannot compare with a number)")]
    [InlineData("{ x-tier: { in: [1, 2] } }", "x-tier: one\n", "x-tier (text, which in cannot compare with the listed values)")]
    [InlineData("{ x-tier: { greaterThan: 1 } }", "x-tier: [1, 2]\n", "x-tier (a list, which greaterThan cannot read)")]
    [InlineData("{ x-reviewed: { olderThanDays: 30 } }", "x-reviewed: last spring\n", "x-reviewed (text, which olderThanDays cannot read)")]
    [InlineData("{ x-code: { matches: '^A' } }", "x-code: 12\n", "x-code (a number, which matches cannot read)")]
    public void Evaluate_AppliesWhenOnExtensionValueOfWrongType_IsNe0201NotNotApplicable(string appliesWhen, string body, string display)
    {
        var report = Evaluate(Load(OneRule("{ hygiene.mfa.adminPct: { declared: false } }", appliesWhen)), body);

        Assert.Equal(Outcome.InsufficientData, report.OutcomeOf());
        var finding = Assert.Single(report.Findings, f => f.RuleId == "NE0201");
        Assert.Equal($"{RuleId} applies but these paths are not declared: {display}", finding.Message);
        Assert.Equal(display[..display.IndexOf(' ', StringComparison.Ordinal)], finding.Location.Path);
    }

    [Theory]
    [InlineData("x-tier: 2\n", Outcome.NotApplicable)]
    [InlineData("", Outcome.NotApplicable)]
    [InlineData("x-tier: 1\n", Outcome.Failed)]
    public void Evaluate_AppliesWhenOnExtensionValueOfTheRightTypeOrMissing_FiltersAsBefore(string body, Outcome expected) =>
        Assert.Equal(expected, Run("{ hygiene.mfa.adminPct: { declared: false } }", body, appliesWhen: "{ x-tier: { equals: 1 } }"));

    [Fact]
    public void Evaluate_ForEachAppliesWhenOnItemExtensionOfWrongType_IsNe0201AtThatItem()
    {
        var pack = Load(OneRule("{ item.incidentNoticeHours: { greaterThan: 24 } }", appliesWhen: "{ item.x-tier: { lessThan: 2 } }", forEach: true));
        var body = "supplyChain:\n  suppliers:\n    - name: A\n      incidentNoticeHours: 48\n      x-tier: 1\n    - name: B\n      incidentNoticeHours: 48\n      x-tier: first\n    - name: C\n      incidentNoticeHours: 48\n      x-tier: 3\n";

        var report = Evaluate(pack, body);

        Assert.Equal(
            [(Outcome.Failed, "supplyChain.suppliers[0].incidentNoticeHours"), (Outcome.InsufficientData, "supplyChain.suppliers[1]")],
            report.Outcomes());
    }

    [Fact]
    public void Evaluate_AnyFails_FindingAtTheDecidingTest()
    {
        var pack = Load(OneRule("{ any: [ { norms.sharesThreatIntel: { equals: false } }, { hygiene.mfa.adminPct: { lessThan: 100 } } ] }", message: "MFA {hygiene.mfa.adminPct}%, sharing {norms.sharesThreatIntel}"));

        var report = Evaluate(pack, "hygiene:\n  mfa:\n    adminPct: 80\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == RuleId);
        Assert.Equal(("hygiene.mfa.adminPct", 8, 15), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Equal("MFA 80%, sharing not declared", finding.Message);
    }

    [Fact]
    public void Evaluate_Passes_EvidenceAtTheFirstTest()
    {
        var pack = Load(OneRule("{ norms.sharesThreatIntel: { equals: false }, hygiene.mfa.adminPct: { lessThan: 100 } }"));

        var report = Evaluate(pack, "norms: { sharesThreatIntel: true }\nhygiene: { mfa: { adminPct: 100 } }\n");

        Assert.Equal(new PassedRule(RuleId, "P1", "norms.sharesThreatIntel"), Assert.Single(report.Passed));
    }

    [Fact]
    public void Evaluate_Unknown_InsufficientDataListsEveryUnknownPath()
    {
        var pack = Load(OneRule("{ any: [ { norms.sharesThreatIntel: { equals: false } }, { hygiene.patching.criticalExternalSlaDays: { greaterThan: { path: hygiene.patching.osCadenceDays } } } ] }"));

        var report = Evaluate(pack, "hygiene: { mfa: { adminPct: 100 } }\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == "NE0201");
        Assert.Equal(
            "T0001 applies but these paths are not declared: norms.sharesThreatIntel, hygiene.patching.criticalExternalSlaDays, hygiene.patching.osCadenceDays",
            finding.Message);
        Assert.Equal("norms.sharesThreatIntel", finding.Location.Path);
    }

    [Fact]
    public void Evaluate_MessageValues_FormattedInvariantly()
    {
        var pack = Load(OneRule(
            "{ hygiene.mfa.adminPct: { lessThan: 100 } }",
            message: "{{literal}} {hygiene.mfa.adminPct} {metadata.assessedOn} {roles.nis2Entity} {norms.isacs} {network.kinds} {x-note} {norms.sharesThreatIntel} {hygiene.mfa.adminPct}"));

        var report = Evaluate(pack, "hygiene: { mfa: { adminPct: 99.5 } }\nroles: { nis2Entity: essential }\nnorms: { isacs: [A, B] }\nnetwork: { kinds: [cdnCloud] }\nx-note: 3.25\n");

        Assert.Equal("{literal} 99.5 2026-01-10 essential A, B cdnCloud 3.25 not declared 99.5", Assert.Single(report.Findings, f => f.RuleId == RuleId).Message);
    }
}
