using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Rules;

namespace NormsEngine.Tests.Engine;

/// <summary>NE0102: a rule ID defined by two packs names both, with the file and line of each YAML pack's <c>id:</c>.</summary>
public sealed class CompiledRulesTests
{
    /// <summary>A pack <paramref name="packId"/> whose rules are <paramref name="ruleIds"/>, each five lines long from line 6.</summary>
    private static IRulePack Pack(string file, string packId, params string[] ruleIds)
    {
        var text = "apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: " + packId + ", version: 1.0.0, title: T }\nthresholds: {}\nrules:\n" +
            string.Concat(ruleIds.Select(id =>
                $"  - id: {id}\n    title: T\n    principle: P1\n    severity: error\n    failsWhen: {{ hygiene.mfa.adminPct: {{ lessThan: 100 }} }}\n    message: m\n"));
        var result = RulePackFile.Parse(text, file);
        Assert.Empty(result.Errors);
        return result.Pack!;
    }

    [Fact]
    public void Constructor_TwoYamlPacksDefineOneId_Ne0102AtTheSecondIdNamingBothLines()
    {
        var error = Assert.Throws<RulePackException>(() => new CompiledRules([Pack("packs/a.yaml", "contoso.a", "CTS0101"), Pack("packs/b.yaml", "contoso.b", "CTS0100", "CTS0101")]));

        Assert.Equal("NE0102", error.Descriptor.Id);
        Assert.Equal(
            "Rule CTS0101 is defined by both pack 'contoso.a' (packs/a.yaml, line 6) and pack 'contoso.b' (packs/b.yaml, line 12).",
            error.Message);
        var at = error.Location!;
        Assert.Equal(("packs/b.yaml", "rules[1].id", 12, 9, 12, 16), (at.File, at.Path, at.Line, at.Column, at.EndLine, at.EndColumn));
    }

    [Fact]
    public void Constructor_YamlPackRedefinesACSharpPacksRule_Ne0102AtTheYamlId()
    {
        var error = Assert.Throws<RulePackException>(() => new CompiledRules([new TestPack(), Pack("clash.yaml", "contoso", "TST0100", "TST0101")]));

        Assert.Equal("Rule TST0101 is defined by both pack 'test' and pack 'contoso' (clash.yaml, line 12).", error.Message);
        Assert.Equal(("clash.yaml", 12, 9), (error.Location!.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Constructor_CSharpPackRedefinesAYamlPacksRule_Ne0102AtTheYamlId()
    {
        var error = Assert.Throws<RulePackException>(() => new CompiledRules([Pack("first.yaml", "contoso", "TST0101"), new TestPack()]));

        Assert.Equal("Rule TST0101 is defined by both pack 'contoso' (first.yaml, line 6) and pack 'test'.", error.Message);
        Assert.Equal(("first.yaml", 6, 9), (error.Location!.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Constructor_TwoCSharpPacksDefineOneId_Ne0102WithoutLocation()
    {
        var error = Assert.Throws<RulePackException>(() => new CompiledRules([new TestPack(), new TestPack()]));

        Assert.Equal("Rule TST0101 is defined by both pack 'test' and pack 'test'.", error.Message);
        Assert.Null(error.Location);
    }
}
