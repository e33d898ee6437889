using BenchmarkDotNet.Attributes;
using NormsEngine.Benchmarks.Floor;
using NormsEngine.Benchmarks.Peer;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks;

/// <summary>
/// The engine side by side with the floor (the same 51 checks written by hand in plain C#) and the peer (the same
/// checks as a Microsoft RulesEngine workflow), in one run, on one typical document (the hospital sample: three
/// suppliers) and on all 13 samples. End to end starts from the YAML text: the floor and the peer read and bind it
/// with the engine's loader, since neither reads YAML, then check it; the engine also decides verdicts and builds
/// its report. The rules phase starts from the bound document. Compiled rules and workflows are built once, outside
/// the measurement. The floor is the baseline of each category.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class EvaluationBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsOf = Corpus.AsOf };
    private readonly NormsEvaluator _engine = new([new ParisCallPack("0.1.0")]);
    private readonly DocumentLoader _loader = new();
    private readonly HandWrittenChecks _floor = new();
    private readonly RulesEnginePeer _peer = new();
    private string _typical = string.Empty;
    private PracticesDocument _bound = null!;
    private string[] _samples = [];

    /// <summary>Reads the samples and compiles the rules, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine.Compile();
        _typical = Corpus.Sample(Corpus.TypicalSample);
        _bound = _loader.Load(_typical, Corpus.TypicalSample)[0];
        _samples = [.. Corpus.SampleNames.Select(Corpus.Sample)];
    }

    /// <summary>The floor end to end: the engine's loader, then the hand-written checks.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("EndToEnd")]
    public int Floor_EndToEnd() => _floor.Evaluate(_loader.Load(_typical, Corpus.TypicalSample)[0].Organisation!, Corpus.AsOf).Count;

    /// <summary>The peer end to end: the engine's loader, then the RulesEngine workflows.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark]
    [BenchmarkCategory("EndToEnd")]
    public int Peer_EndToEnd() => _peer.Evaluate(_loader.Load(_typical, Corpus.TypicalSample)[0].Organisation!, Corpus.AsOf).Count;

    /// <summary>The floor's checks on the bound typical sample.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Rules")]
    public int Floor_Rules() => _floor.Evaluate(_bound.Organisation!, Corpus.AsOf).Count;

    /// <summary>The peer's workflows on the bound typical sample.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark]
    [BenchmarkCategory("Rules")]
    public int Peer_Rules() => _peer.Evaluate(_bound.Organisation!, Corpus.AsOf).Count;

    /// <summary>The floor end to end over all 13 samples, per document.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 13)]
    [BenchmarkCategory("AllSamples")]
    public int Floor_AllSamples()
    {
        var outcomes = 0;
        foreach (var sample in _samples)
        {
            outcomes += _floor.Evaluate(_loader.Load(sample)[0].Organisation!, Corpus.AsOf).Count;
        }

        return outcomes;
    }

    /// <summary>The peer end to end over all 13 samples, per document.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark(OperationsPerInvoke = 13)]
    [BenchmarkCategory("AllSamples")]
    public int Peer_AllSamples()
    {
        var outcomes = 0;
        foreach (var sample in _samples)
        {
            outcomes += _peer.Evaluate(_loader.Load(sample)[0].Organisation!, Corpus.AsOf).Count;
        }

        return outcomes;
    }

    /// <summary>Read and bind only: the loader's share of end to end.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    [BenchmarkCategory("Load")]
    public PracticesDocument Engine_Load() => _loader.Load(_typical, Corpus.TypicalSample)[0];

    /// <summary>The engine end to end on the typical sample.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    [BenchmarkCategory("EndToEnd")]
    public Report Engine_EndToEnd() => _engine.EvaluateYaml(_typical, Corpus.TypicalSample, Options);

    /// <summary>The engine's rules phase (session, rules, outcomes, verdicts) on the bound typical sample.</summary>
    /// <returns>The document's report.</returns>
    [Benchmark]
    [BenchmarkCategory("Rules")]
    public DocumentReport Engine_Rules() => _engine.Evaluate(_bound, Options);

    /// <summary>The engine end to end over all 13 samples, per document.</summary>
    /// <returns>The number of findings, so nothing is optimised away.</returns>
    [Benchmark(OperationsPerInvoke = 13)]
    [BenchmarkCategory("AllSamples")]
    public int Engine_AllSamples()
    {
        var findings = 0;
        foreach (var sample in _samples)
        {
            findings += _engine.EvaluateYaml(sample, null, Options).Documents[0].Findings.Count;
        }

        return findings;
    }
}
