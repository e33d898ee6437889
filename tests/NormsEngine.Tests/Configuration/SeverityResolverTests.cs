using NormsEngine.Configuration;
using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Configuration;

/// <summary>
/// The effective severity of a rule: an exact ID override, else the longest matching <c>PREFIX*</c>, else the rule's
/// principle (<c>P3: none</c>), else the rule's default (none when it is off by default).
/// </summary>
public sealed class SeverityResolverTests
{
    private static readonly RuleDescriptor Pc0702 = Rule("PC0702", "P7", Severity.Error);
    private static readonly RuleDescriptor Pc0101 = Rule("PC0101", "P1", Severity.Warning);
    private static readonly RuleDescriptor Pc0301 = Rule("PC0301", "P3", Severity.Error);
    private static readonly RuleDescriptor Ne0201 = Rule("NE0201", principle: null, Severity.Warning);
    private static readonly RuleDescriptor OffByDefault = Rule("PC0709", "P7", Severity.Info, enabled: false);

    [Fact]
    public void Resolve_NoOverrides_DefaultSeverityOrNoneWhenOffByDefault()
    {
        var resolver = Resolver();

        Assert.Equal(Severity.Error, resolver.Resolve(Pc0702));
        Assert.Equal(Severity.Warning, resolver.Resolve(Pc0101));
        Assert.Equal(Severity.None, resolver.Resolve(OffByDefault));
    }

    [Fact]
    public void Resolve_ExactId_WinsOverPrefixAndPrinciple()
    {
        var resolver = Resolver(("PC0702", Severity.Info), ("PC07*", Severity.Warning), ("P7", Severity.None));

        Assert.Equal(Severity.Info, resolver.Resolve(Pc0702));
    }

    [Fact]
    public void Resolve_SeveralPrefixes_LongestMatchWinsWhateverTheirOrder()
    {
        var shortFirst = Resolver(("PC*", Severity.Info), ("PC07*", Severity.Error), ("PC070*", Severity.Warning));
        var longFirst = Resolver(("PC070*", Severity.Warning), ("PC07*", Severity.Error), ("PC*", Severity.Info));

        Assert.All(new[] { shortFirst, longFirst }, resolver =>
        {
            Assert.Equal(Severity.Warning, resolver.Resolve(Pc0702));
            Assert.Equal(Severity.Info, resolver.Resolve(Pc0101));
        });
    }

    [Fact]
    public void Resolve_PrefixMatch_WinsOverThePrinciple()
    {
        var resolver = Resolver(("P7", Severity.None), ("PC07*", Severity.Warning));

        Assert.Equal(Severity.Warning, resolver.Resolve(Pc0702));
    }

    [Fact]
    public void Resolve_PrincipleOff_TurnsOffEveryRuleOfThatPrincipleOnly()
    {
        var resolver = Resolver(("P3", Severity.None));

        Assert.Equal(Severity.None, resolver.Resolve(Pc0301));
        Assert.Equal(Severity.Error, resolver.Resolve(Pc0702));
        Assert.Equal(Severity.Warning, resolver.Resolve(Ne0201));
    }

    [Fact]
    public void Resolve_PrefixWithoutStar_IsAnExactIdThatMatchesNothingElse()
    {
        var resolver = Resolver(("PC07", Severity.None));

        Assert.Equal(Severity.Error, resolver.Resolve(Pc0702));
    }

    [Fact]
    public void Resolve_RuleOffByDefault_TurnedOnByAnOverrideAndStillOffOtherwise()
    {
        Assert.Equal(Severity.Warning, Resolver(("PC0709", Severity.Warning)).Resolve(OffByDefault));
        Assert.Equal(Severity.Error, Resolver(("PC07*", Severity.Error)).Resolve(OffByDefault));
        Assert.Equal(Severity.None, Resolver(("PC0101", Severity.Error)).Resolve(OffByDefault));
    }

    private static SeverityResolver Resolver(params (string Key, Severity Severity)[] overrides) =>
        new(overrides.ToDictionary(o => o.Key, o => o.Severity, StringComparer.Ordinal));

    private static RuleDescriptor Rule(string id, string? principle, Severity severity, bool enabled = true) =>
        RuleDescriptor.Create(id, "T", "m", "Test", severity, "d", "r", principle: principle, isEnabledByDefault: enabled);
}
