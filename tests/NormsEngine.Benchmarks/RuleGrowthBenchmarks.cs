using BenchmarkDotNet.Attributes;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Rules;

namespace NormsEngine.Benchmarks;

/// <summary>
/// How cost grows with the number of rules: the Paris Call pack alone (51), and with generated YAML packs
/// bringing the total to 500 and 5,000, on the typical sample.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class RuleGrowthBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsOf = Corpus.AsOf };
    private NormsEvaluator _engine = null!;
    private string _yaml = string.Empty;
    private PracticesDocument _bound = null!;

    /// <summary>The number of rules in force.</summary>
    [Params(51, 500, 5000)]
    public int Rules { get; set; }

    /// <summary>Builds and compiles the packs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        List<IRulePack> packs = [new ParisCallPack("0.1.0")];
        packs.AddRange(Corpus.GeneratedPacks(Rules - 51));

        _engine = new NormsEvaluator(packs);
        _engine.Compile();
        _yaml = Corpus.Sample(Corpus.TypicalSample);
        _bound = new DocumentLoader().Load(_yaml)[0];
    }

    /// <summary>End to end.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    public Report EndToEnd() => _engine.EvaluateYaml(_yaml, null, Options);

    /// <summary>The rules phase alone.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public DocumentReport RulesPhase() => _engine.Evaluate(_bound, Options);
}
