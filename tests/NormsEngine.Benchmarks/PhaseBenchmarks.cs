using BenchmarkDotNet.Attributes;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.ParisCall;
using NormsEngine.Rules;
using YamlDotNet.Core;

namespace NormsEngine.Benchmarks;

/// <summary>
/// Where the end-to-end time of the typical sample goes, phase by phase, in one run: YamlDotNet's parser alone
/// (the floor of reading), the engine's read and bind, the NRules session alone (create, insert the facts, fire the
/// 51 rules' actions), the whole rules phase (session, findings, locations, fingerprints, suppressions, verdicts),
/// and end to end. Ratios are to end to end.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class PhaseBenchmarks
{
    private static readonly EvaluationOptions Options = new() { AsOf = Corpus.AsOf };
    private readonly NormsEvaluator _engine = new([new ParisCallPack("0.1.0")]);
    private readonly CompiledRules _rules = new([new ParisCallPack("0.1.0")]);
    private readonly DocumentLoader _loader = new();
    private string _typical = string.Empty;
    private PracticesDocument _bound = null!;
    private Thresholds _thresholds = null!;

    /// <summary>Reads the sample and compiles the rules, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine.Compile();
        _ = _rules.SessionFactory;
        _typical = Corpus.Sample(Corpus.TypicalSample);
        _bound = _loader.Load(_typical, Corpus.TypicalSample)[0];
        _thresholds = new Thresholds(_rules.DefaultThresholds);
    }

    /// <summary>End to end: read, bind, rules, verdicts, report.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    public Report EndToEnd() => _engine.EvaluateYaml(_typical, Corpus.TypicalSample, Options);

    /// <summary>YamlDotNet's parser over the text, events only: what reading cannot go below.</summary>
    /// <returns>The number of events.</returns>
    [Benchmark]
    public int YamlDotNetParse()
    {
        var parser = new Parser(new StringReader(_typical));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>The engine's read and bind: parser events, YAML tree, limits, model, source map.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public PracticesDocument ReadAndBind() => _loader.Load(_typical, Corpus.TypicalSample)[0];

    /// <summary>
    /// The rules fired, as the engine fires them, with nothing around them: the sequential rules' conditions tested,
    /// the NRules session of the others created with the scope gate, the context, the organisation and its suppliers
    /// inserted before it activates, then the sequential rules' actions called and the session fired.
    /// </summary>
    /// <returns>The number of outcomes the rules reported.</returns>
    [Benchmark]
    public int RulesFired()
    {
        var context = new RuleContext(Corpus.AsOf, _thresholds);
        Organisation organisation = _bound.Organisation!;
        var scopes = _rules.Scopes.For(organisation);
        Span<bool> holds = stackalloc bool[_rules.Sequential.Count];
        _rules.Sequential.Test(context, organisation, holds);
        var session = _rules.CreateSession(_rules.SessionFactory, scopes, s =>
        {
            s.Insert(context);
            s.Insert(organisation);
            s.InsertAll(organisation.SupplyChain.Suppliers!);
        });
        _rules.Sequential.Fire(context, organisation, scopes, holds);
        session.Fire();
        return context.Outcomes.Count;
    }

    /// <summary>The whole rules phase on the bound document.</summary>
    /// <returns>The document's report.</returns>
    [Benchmark]
    public DocumentReport RulesPhase() => _engine.Evaluate(_bound, Options);
}
