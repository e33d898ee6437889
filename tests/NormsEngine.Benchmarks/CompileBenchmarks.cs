using BenchmarkDotNet.Attributes;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.ParisCall;

namespace NormsEngine.Benchmarks;

/// <summary>
/// Compiling packs into the Rete network, measured cold each time (a new evaluator per operation): the Paris Call
/// pack's 51 C# rules, and a YAML pack of 500 generated rules, parsed and compiled.
/// </summary>
[Config(typeof(SingleShotConfig))]
public class CompileBenchmarks
{
    private string _pack500 = string.Empty;

    /// <summary>Generates the YAML pack once.</summary>
    [GlobalSetup]
    public void Setup() => _pack500 = Corpus.GeneratedPack(500);

    /// <summary>Compiles the Paris Call pack (51 rules).</summary>
    /// <returns>The compile time the evaluator measured.</returns>
    [Benchmark(Baseline = true)]
    public TimeSpan CompileParisCall()
    {
        var evaluator = new NormsEvaluator([new ParisCallPack("0.1.0")]);
        evaluator.Compile();
        return evaluator.CompileTime;
    }

    /// <summary>Parses and compiles a YAML pack of 500 generated rules.</summary>
    /// <returns>The compile time the evaluator measured.</returns>
    [Benchmark]
    public TimeSpan CompileYamlPack500()
    {
        var pack = RulePackFile.Parse(_pack500, "generated.yaml").Pack ?? throw new InvalidOperationException("The generated pack does not load.");
        var evaluator = new NormsEvaluator([pack]);
        evaluator.Compile();
        return evaluator.CompileTime;
    }
}
