using BenchmarkDotNet.Attributes;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks;

/// <summary>How cost grows with the number of suppliers in one document: 1, 10, 100, 1,000 (generated documents).</summary>
[Config(typeof(BenchmarkConfig))]
public class SupplierGrowthBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsOf = Corpus.AsOf };
    private readonly NormsEvaluator _engine = new([new ParisCallPack("0.1.0")]);
    private string _yaml = string.Empty;
    private PracticesDocument _bound = null!;

    /// <summary>The number of suppliers in the document.</summary>
    [Params(1, 10, 100, 1000)]
    public int Suppliers { get; set; }

    /// <summary>Generates the document and compiles the rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine.Compile();
        _yaml = Corpus.Generated(index: 3, Suppliers);
        _bound = new DocumentLoader().Load(_yaml)[0];
    }

    /// <summary>End to end.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    public Report EndToEnd() => _engine.EvaluateYaml(_yaml, null, Options);

    /// <summary>The rules phase alone.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public DocumentReport Rules() => _engine.Evaluate(_bound, Options);
}
