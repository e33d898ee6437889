using BenchmarkDotNet.Attributes;
using NormsEngine.Engine;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks;

/// <summary>
/// Documents per second over 1,000 varied generated documents, end to end, on one core and on two: the time per
/// operation is per document, so documents per second is one second divided by it.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ThroughputBenchmarks
{
    private const int Documents = 1000;
    private static readonly EvaluationOptions Options = new() { AsOf = Corpus.AsOf };
    private readonly NormsEvaluator _engine = new([new ParisCallPack("0.1.0")]);
    private string[] _documents = [];

    /// <summary>The number of documents evaluated at once.</summary>
    [Params(1, 2)]
    public int Cores { get; set; }

    /// <summary>Generates the documents and compiles the rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine.Compile();
        _documents = [.. Enumerable.Range(0, Documents).Select(i => Corpus.Generated(i))];
    }

    /// <summary>Reads, binds and evaluates every document, <see cref="Cores"/> at a time.</summary>
    /// <returns>The number of findings, so nothing is optimised away.</returns>
    [Benchmark(OperationsPerInvoke = Documents)]
    public int EvaluateDocuments()
    {
        var findings = 0;
        Parallel.For(0, _documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Cores }, i =>
            Interlocked.Add(ref findings, _engine.EvaluateYaml(_documents[i], null, Options).Documents[0].Findings.Count));
        return findings;
    }
}
