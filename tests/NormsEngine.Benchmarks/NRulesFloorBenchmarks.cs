using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using NormsEngine.Benchmarks.Peer;
using NormsEngine.Documents;
using NormsEngine.Model;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace NormsEngine.Benchmarks;

/// <summary>
/// What NRules itself costs for as many rules as the engine runs, with nothing of the engine's: 51 rules that each
/// match one marker fact and the organisation and do nothing but count, in a new session per document (create,
/// insert, fire). Once with the organisation matched the same way by every rule (one chain of Rete nodes, as the
/// engine's network is since scopes are decided once per document), once with a different condition on the
/// organisation per rule (a chain of nodes per rule, as when each scope was a condition). The peer's rules phase is
/// the baseline: the floor under which no NRules-based rules phase of 51 rules can go.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class NRulesFloorBenchmarks
{
    private const int RuleCount = 51;
    private readonly RulesEnginePeer _peer = new();
    private ISessionFactory _oneChain = null!;
    private ISessionFactory _chainPerRule = null!;
    private Organisation _organisation = null!;

    /// <summary>Compiles both networks and binds the typical sample, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _oneChain = Compile(conditionPerRule: false);
        _chainPerRule = Compile(conditionPerRule: true);
        _organisation = new DocumentLoader().Load(Corpus.Sample(Corpus.TypicalSample))[0].Organisation!;
    }

    /// <summary>The peer's workflows on the bound typical sample.</summary>
    /// <returns>The number of outcomes.</returns>
    [Benchmark(Baseline = true)]
    public int Peer_Rules() => _peer.Evaluate(_organisation, Corpus.AsOf).Count;

    /// <summary>51 rules over one chain of nodes.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public int NRules_OneChain() => Fire(_oneChain);

    /// <summary>51 rules, each with its own condition on the organisation.</summary>
    /// <returns>The number of rules fired.</returns>
    [Benchmark]
    public int NRules_ChainPerRule() => Fire(_chainPerRule);

    private int Fire(ISessionFactory factory)
    {
        var counter = new Counter();
        var session = factory.CreateSession(s =>
        {
            s.Insert(counter);
            s.Insert(_organisation);
        });
        session.Fire();
        return counter.Fired;
    }

    private static ISessionFactory Compile(bool conditionPerRule)
    {
        var rules = new List<IRuleDefinition>(RuleCount);
        for (var i = 0; i < RuleCount; i++)
        {
            var builder = new RuleBuilder();
            builder.Name("floor" + i);
            var lhs = builder.LeftHandSide();
            var counter = Expression.Parameter(typeof(Counter), "counter");
            var organisation = Expression.Parameter(typeof(Organisation), "organisation");
            lhs.Pattern(typeof(Counter), counter.Name);
            var pattern = lhs.Pattern(typeof(Organisation), organisation.Name);
            if (conditionPerRule)
            {
                // Always true, and different for each rule: NRules shares a node only between equal conditions.
                var name = Expression.Property(Expression.Property(organisation, nameof(Organisation.Metadata)), nameof(OrganisationMetadata.Name));
                pattern.Condition(Expression.Lambda(Expression.NotEqual(name, Expression.Constant("not-" + i)), organisation));
            }

            var context = Expression.Parameter(typeof(IContext), "context");
            builder.RightHandSide().Action(Expression.Lambda(Expression.Call(counter, typeof(Counter).GetMethod(nameof(Counter.Fire))!), context, counter));
            rules.Add(builder.Build());
        }

        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(rules);
    }

    /// <summary>The marker fact every rule matches; counts the rules fired.</summary>
    public sealed class Counter
    {
        /// <summary>The rules fired so far.</summary>
        public int Fired { get; private set; }

        /// <summary>Counts one rule fired.</summary>
        public void Fire() => Fired++;
    }
}
