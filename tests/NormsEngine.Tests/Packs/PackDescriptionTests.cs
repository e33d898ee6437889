using NormsEngine.Packs;
using static NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.Tests.Packs;

/// <summary>YAML rules in words, from the compiled rule: the clauses rule pages and explanations use.</summary>
public sealed class PackDescriptionTests
{
    [Theory]
    [InlineData("{ roles.nis2Entity: { equals: essential } }", "roles.nis2Entity is essential")]
    [InlineData("{ roles.nis2Entity: { notEquals: none } }", "roles.nis2Entity is not none")]
    [InlineData("{ roles.nis2Entity: { in: [important, essential] } }", "roles.nis2Entity is one of important, essential")]
    [InlineData("{ roles.nis2Entity: { notIn: [none] } }", "roles.nis2Entity is none of none")]
    [InlineData("{ incidentResponse.reporting.earlyWarningHours: { greaterThan: 24 } }", "incidentResponse.reporting.earlyWarningHours is greater than 24")]
    [InlineData("{ incidentResponse.reporting.earlyWarningHours: { greaterThanOrEqual: 24.5 } }", "incidentResponse.reporting.earlyWarningHours is greater than or equal to 24.5")]
    [InlineData("{ hygiene.mfa.adminPct: { lessThan: 100 } }", "hygiene.mfa.adminPct is less than 100")]
    [InlineData("{ hygiene.mfa.adminPct: { lessThanOrEqual: { path: hygiene.mfa.remoteAccessPct } } }", "hygiene.mfa.adminPct is less than or equal to hygiene.mfa.remoteAccessPct")]
    [InlineData("{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: limitHours } } }", "incidentResponse.reporting.earlyWarningHours is greater than the threshold limitHours (24)")]
    [InlineData("{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: maxEarlyWarningHours } } }", "incidentResponse.reporting.earlyWarningHours is greater than the threshold maxEarlyWarningHours")]
    [InlineData("{ network.kinds: { contains: ixp } }", "network.kinds contains ixp")]
    [InlineData("{ norms.isacs: { isEmpty: true } }", "norms.isacs is empty")]
    [InlineData("{ norms.isacs: { isEmpty: false } }", "norms.isacs is not empty")]
    [InlineData("{ norms.isacs: { declared: false } }", "norms.isacs is not declared")]
    [InlineData("{ metadata.assessedOn: { olderThanDays: 365 } }", "metadata.assessedOn is more than 365 days before the as-of date")]
    [InlineData("{ metadata.assessedOn: { lessThan: 2026-01-31 } }", "metadata.assessedOn is less than 2026-01-31")]
    [InlineData("{ metadata.name: { matches: \"^[A-Z]\" } }", "metadata.name matches the pattern ^[A-Z]")]
    [InlineData("{ norms.sharesThreatIntel: { equals: true } }", "norms.sharesThreatIntel is true")]
    [InlineData("{ x-sector.code: { equals: 7 } }", "x-sector.code is 7")]
    [InlineData("{ hygiene.mfa.adminPct: { greaterThan: 10, lessThan: 90 } }", "all of: hygiene.mfa.adminPct is greater than 10; hygiene.mfa.adminPct is less than 90")]
    [InlineData("{ any: [ { norms.isacs: { declared: false } }, { all: [ { x-a: { equals: 1 } }, { x-b: { equals: 2 } } ] } ] }", "any of: norms.isacs is not declared; (all of: x-a is 1; x-b is 2)")]
    [InlineData("{ not: { any: [ { x-a: { equals: 1 } }, { x-b: { equals: 2 } } ] } }", "not: (any of: x-a is 1; x-b is 2)")]
    [InlineData("{ not: { x-a: { equals: a b } } }", "not: x-a is a b")]
    public void Describe_Condition_ReadsAsAClause(string failsWhen, string expected)
    {
        var described = Described(OneRule(failsWhen), ["maxEarlyWarningHours"]);

        Assert.Equal(expected, described.FailsWhen);
    }

    [Fact]
    public void Describe_Rule_GivesScopeChecksSummaryAndMessage()
    {
        var yaml = OneRule(
            "{ any: [ { item.incidentNoticeHours: { greaterThan: { path: incidentResponse.reporting.earlyWarningHours } } }, { item.lastAssessment: { olderThanDays: 365 } }, { item.incidentNoticeHours: { lessThan: 1 } } ] }",
            appliesWhen: "{ item.accessToProduction: { equals: true } }",
            forEach: true,
            message: "{item.name}: {{notice}} {item.incidentNoticeHours} h");

        var described = Described(yaml);

        Assert.Equal(RuleId, described.RuleId);
        Assert.Equal("supplyChain.suppliers", described.ForEach);
        Assert.Equal("item.accessToProduction is true", described.AppliesWhen);
        Assert.Equal(["item.incidentNoticeHours", "incidentResponse.reporting.earlyWarningHours", "item.lastAssessment"], described.CheckedPaths);
        Assert.Equal(
            "The rule applies only when item.accessToProduction is true. It fails when any of: item.incidentNoticeHours is greater than "
            + "incidentResponse.reporting.earlyWarningHours; item.lastAssessment is more than 365 days before the as-of date; item.incidentNoticeHours "
            + "is less than 1. It runs once per item of supplyChain.suppliers (item. paths name the item's fields).",
            described.Summary);
        Assert.Equal("{item.name}: {notice} {item.incidentNoticeHours} h", described.Message);
    }

    [Fact]
    public void Describe_WithCode_SetsOffNamesAndValuesButNotNumbers()
    {
        var pack = Assert.IsAssignableFrom<IDescribedRulePack>(Load(OneRule(
            "{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: limitHours } } }",
            appliesWhen: "{ roles.nis2Entity: { in: [important, essential] } }")));

        var described = pack.Describe(RuleId, text => "`" + text + "`")!;

        Assert.Equal("`incidentResponse.reporting.earlyWarningHours` is greater than the threshold `limitHours` (24)", described.FailsWhen);
        Assert.Equal("`roles.nis2Entity` is one of `important`, `essential`", described.AppliesWhen);
        Assert.Equal("The rule applies only when `roles.nis2Entity` is one of `important`, `essential`. It fails when `incidentResponse.reporting.earlyWarningHours` is greater than the threshold `limitHours` (24).", described.Summary);
    }

    [Fact]
    public void Describe_UnknownRule_IsNull()
    {
        var pack = Assert.IsAssignableFrom<IDescribedRulePack>(Load(OneRule("{ x-a: { equals: 1 } }")));

        Assert.Null(pack.Describe("T9999"));
        Assert.Null(Described(OneRule("{ x-a: { equals: 1 } }")).AppliesWhen);
        Assert.Null(Described(OneRule("{ x-a: { equals: 1 } }")).ForEach);
    }

    private static RuleDescription Described(string yaml, IEnumerable<string>? knownThresholds = null) =>
        Assert.IsAssignableFrom<IDescribedRulePack>(Load(yaml, knownThresholds)).Describe(RuleId)
            ?? throw new Xunit.Sdk.XunitException("The rule is not described.");
}
