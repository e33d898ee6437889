using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks.Tests;

/// <summary>The benchmarks' inputs are what they claim to be, so that no benchmark measures an error path.</summary>
public class CorpusTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(449)]
    public void GeneratedPack_AnySize_LoadsWithThatManyRules(int count)
    {
        var result = RulePackFile.Parse(Corpus.GeneratedPack(count), "generated.yaml", ParisCallThresholds.Defaults.Keys);

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal(count, result.Pack!.Descriptors.Count);
    }

    [Fact]
    public void GeneratedPacks_FiveThousandRules_LoadAsSeveralPacksWithDistinctIds()
    {
        var packs = Corpus.GeneratedPacks(4949);

        Assert.Equal(5, packs.Count);
        var ids = packs.SelectMany(p => p.Descriptors).Select(d => d.Id).ToList();
        Assert.Equal(4949, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(5000, new NormsEvaluator([new ParisCallPack("0.1.0"), .. packs]).Descriptors.Count);
    }

    [Fact]
    public void GeneratedPack_WithParisCall_GivesOutcomesOfEveryKindOnTheTypicalSample()
    {
        var pack = RulePackFile.Parse(Corpus.GeneratedPack(16), "generated.yaml").Pack!;
        var engine = new NormsEvaluator([new ParisCallPack("0.1.0"), pack]);

        var report = engine.EvaluateYaml(Corpus.Sample(Corpus.TypicalSample), Corpus.TypicalSample, new EvaluationOptions { AsOf = Corpus.AsOf });

        var document = Assert.Single(report.Documents);
        Assert.Contains(document.Passed, p => p.RuleId.StartsWith("GEN", StringComparison.Ordinal));
        Assert.Contains(document.Findings, f => f.RuleId.StartsWith("GEN", StringComparison.Ordinal));
    }

    [Fact]
    public void Samples_All_LoadWithoutErrors()
    {
        Assert.Equal(13, Corpus.SampleNames.Count);
        foreach (var name in Corpus.SampleNames)
        {
            var document = Assert.Single(new DocumentLoader().Load(Corpus.Sample(name), name));
            Assert.False(document.HasErrors, name);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void Generated_ForcedSuppliers_LoadsWithThatManySuppliers(int suppliers)
    {
        var document = Assert.Single(new DocumentLoader().Load(Corpus.Generated(3, suppliers)));

        Assert.Empty(document.Findings);
        Assert.Equal(suppliers, document.Organisation!.SupplyChain.Suppliers!.Count);
    }
}
