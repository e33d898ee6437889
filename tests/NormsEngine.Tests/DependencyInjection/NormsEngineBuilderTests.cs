using Microsoft.Extensions.DependencyInjection;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Tests.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.DependencyInjection;

public class NormsEngineBuilderTests
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "NormsEngine.Tests", "Packs", "fixtures", name);

    [Fact]
    public void AddRulePackFile_ValidPack_ItsRulesRunBesideTheOtherPacks()
    {
        var evaluator = new ServiceCollection()
            .AddNormsEngine(b => b.AddRulePack<TestPack>().AddRulePackFile(Fixture("contoso.nis2.yaml")))
            .BuildServiceProvider()
            .GetRequiredService<INormsEvaluator>();

        Assert.Contains(evaluator.Descriptors, d => d.Id == "CTS0101");
        Assert.Contains(evaluator.Descriptors, d => d.Id == "TST0101");
        var report = evaluator.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nroles: { nis2Entity: essential }\nincidentResponse: { reporting: { earlyWarningHours: 48 } }\n");
        Assert.Contains(report.Documents[0].Findings, f => f.RuleId == "CTS0101");
    }

    [Fact]
    public void AddRulePackFile_BrokenPack_FailsWhenTheEvaluatorIsCreatedWithEveryNe0101()
    {
        using var workspace = new Workspace("norms-pack-");
        var file = workspace.Write("broken.yaml", "apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: broken, version: 1.0.0, title: Broken }\nrules:\n  - id: BRK0001\n    title: t\n    principle: P7\n    severity: error\n    failsWhen:\n      hygiene.mfa.adminPc: { lessThan: 100 }\n    message: m\n");
        var provider = new ServiceCollection().AddNormsEngine(b => b.AddRulePackFile(file)).BuildServiceProvider();

        var error = Assert.Throws<RulePackException>(() => provider.GetRequiredService<INormsEvaluator>());

        Assert.Equal("NE0101", error.Descriptor.Id);
        Assert.Contains("adminPct", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, error.Location!.Line);
    }

    [Fact]
    public void AddRulePackAssembly_AssemblyWithoutPacks_ThrowsNe0101()
    {
        var error = Assert.Throws<RulePackException>(() =>
            new ServiceCollection().AddNormsEngine(b => b.AddRulePackAssembly(typeof(Xunit.FactAttribute).Assembly.Location)));

        Assert.Contains("no public IRulePack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RulePackAssembly_MissingFile_IsNe0101NotAnException()
    {
        var (packs, errors) = RulePackAssembly.Load(Path.Combine(Path.GetTempPath(), "no-such-pack.dll"));

        Assert.Empty(packs);
        Assert.Equal("NE0101", Assert.Single(errors).RuleId);
    }
}
