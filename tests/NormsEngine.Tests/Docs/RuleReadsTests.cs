using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Docs;

/// <summary>The probes find what each rule reads from its behaviour: checked against rules whose code is known.</summary>
public sealed class RuleReadsTests
{
    [Theory]
    [InlineData("resilience.rtoHours", "PC0106")]
    [InlineData("resilience.maxTolerableDowntimeHours", "PC0106")]
    [InlineData("hygiene.mfa.adminPct", "PC0702")]
    [InlineData("supplyChain.suppliers[].incidentNoticeHours", "PC0606")]
    [InlineData("hackBack.legalAuthority", "PC0801")]
    [InlineData("metadata.assessedOn", "PC0105")]
    public void Probe_ParisCall_FieldIsCheckedByTheRuleThatReadsIt(string path, string rule)
    {
        Assert.Contains(rule, ProbedReads.ParisCall.ByPath[path].Checks);
    }

    [Theory]
    [InlineData("roles.criticalInfrastructure", "PC0101")]
    [InlineData("roles.nis2Entity", "PC0101")]
    [InlineData("roles.internetFacing", "PC0705")]
    [InlineData("metadata.type", "PC0904")]
    [InlineData("metadata.type", "PC0803")]
    [InlineData("network.asns", "PC0201")]
    [InlineData("network.kinds", "PC0206")]
    [InlineData("supplyChain.suppliers[].critical", "PC0605")]
    [InlineData("incidentResponse.plan.exists", "PC0103")]
    [InlineData("elections.nextElection", "PC0303")]
    public void Probe_ParisCall_FieldDecidesTheRulesScope(string path, string rule)
    {
        Assert.Contains(rule, ProbedReads.ParisCall.ByPath[path].Applies);
    }

    [Fact]
    public void Probe_ParisCall_MissingPathsOfInsufficientDataAreRecorded()
    {
        var reads = ProbedReads.ParisCall.ByPath;

        Assert.Contains("PC0106", reads["resilience.rtoHours"].ReportMissing);
        Assert.Contains("PC0606", reads["supplyChain.suppliers[].incidentNoticeHours"].ReportMissing);
        Assert.Empty(reads["hackBack.legalAuthority"].ReportMissing);
    }

    [Theory]
    [InlineData("lifecycle.disclosure.url")]
    [InlineData("lifecycle.sbom.format")]
    [InlineData("metadata.sector")]
    [InlineData("norms.parisCall.since")]
    public void Probe_ParisCall_FieldNoRuleReads_IsAbsent(string path)
    {
        Assert.False(ProbedReads.ParisCall.ByPath.ContainsKey(path));
    }

    [Fact]
    public void Probe_ParisCall_EveryRuleReadsAFieldAndEveryScopedRuleHasAScopeField()
    {
        var reads = ProbedReads.ParisCall;

        Assert.Empty(reads.UnknownPaths);
        Assert.Equal(new ParisCall.ParisCallPack().Descriptors.Count, reads.Rules.Count);
        Assert.Equal(68, reads.Rules.Count);
        Assert.All(reads.Rules, rule =>
        {
            Assert.Contains(reads.ByPath.Values, r => r.Checks.Contains(rule.Id));
            if (!rule.Tags.Contains("scope:all"))
            {
                Assert.Contains(reads.ByPath.Values, r => r.Applies.Contains(rule.Id));
            }
        });
    }

    [Fact]
    public void Probe_YamlPack_FindsTheFieldsItsRulesRead()
    {
        var loaded = RulePackFile.Load(RepositoryPaths.Combine("rules", "packs", "eu-nis2", "pack.yaml"));
        Assert.Empty(loaded.Errors);

        var reads = RuleReads.Probe(loaded.Pack!);

        Assert.Contains("NIS0101", reads.ByPath["roles.nis2Entity"].Applies);
        Assert.Contains("NIS0101", reads.ByPath["incidentResponse.reporting.earlyWarningHours"].Checks);
        Assert.DoesNotContain("NIS0101", reads.ByPath["incidentResponse.reporting.notificationHours"].Checks);

        // The probes never declare extension fields; the path a rule names for one is kept aside, not dropped silently.
        Assert.Equal(["NIS0103: incidentResponse.x-nis2.finalReportDays"], reads.UnknownPaths);
    }

    [Theory]
    [InlineData("supplyChain.suppliers[12].name", "supplyChain.suppliers[].name")]
    [InlineData("hygiene.mfa.adminPct", "hygiene.mfa.adminPct")]
    [InlineData("a[0].b[3]", "a[].b[]")]
    public void Normalise_ListIndexes_BecomeEmptyBrackets(string path, string expected)
    {
        Assert.Equal(expected, RuleReads.Normalise(path));
    }
}
