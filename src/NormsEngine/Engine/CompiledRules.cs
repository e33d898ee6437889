using System.Diagnostics;
using System.Globalization;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NormsEngine.Diagnostics;
using NormsEngine.Packs;
using NormsEngine.Rules;

namespace NormsEngine.Engine;

/// <summary>
/// The loaded packs: their descriptors, principles and thresholds at once (listing rules needs no compiling), and
/// compiled on first need into an NRules <see cref="ISessionFactory"/>, shared by every evaluation (the factory is
/// thread-safe; sessions are not, so each evaluation creates its own).
/// </summary>
internal sealed class CompiledRules
{
    private static readonly string[] PrincipleIds = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];
    private readonly Lazy<Network> _network;
    private readonly Lazy<ISessionFactory> _everyRule;

    /// <summary>Checks the packs together (duplicate rule IDs) and gathers their metadata; the network compiles later.</summary>
    /// <param name="packs">The packs.</param>
    /// <param name="compiled">Called once the network has compiled, with the time it took and how many rules fire in sequence, for logging.</param>
    /// <param name="expressions">Compiles NRules' expressions; <c>null</c> for <see cref="TieredExpressionCompiler"/>.</param>
    /// <param name="sequential">Whether rules that need no matching fire in sequence (<see cref="SequentialRules"/>); <c>false</c> puts every rule through the session.</param>
    public CompiledRules(IReadOnlyList<IRulePack> packs, Action<CompiledRules, TimeSpan, int>? compiled = null, IExpressionCompiler? expressions = null, bool sequential = true)
    {
        Packs = packs;
        var descriptors = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        var owners = new Dictionary<string, IRulePack>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var principles = new Dictionary<string, Principle>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var descriptor in pack.Descriptors)
            {
                if (!owners.TryAdd(descriptor.Id, pack))
                {
                    throw Duplicate(descriptor.Id, owners[descriptor.Id], pack);
                }

                descriptors[descriptor.Id] = descriptor;
            }

            foreach (var (name, value) in pack.Thresholds)
            {
                thresholds[name] = value;
            }

            foreach (var principle in pack.Principles)
            {
                principles.TryAdd(principle.Id, principle);
            }
        }

        Descriptors = [.. descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
        DescriptorsByPrinciple = PrincipleIds.ToDictionary(
            p => p,
            p => (IReadOnlyList<RuleDescriptor>)[.. Descriptors.Where(d => d.Principle == p)],
            StringComparer.Ordinal);
        _indexById = new Dictionary<string, int>(Descriptors.Count, StringComparer.Ordinal);
        for (var i = 0; i < Descriptors.Count; i++)
        {
            _indexById[Descriptors[i].Id] = i;
        }

        _indexesByPrinciple = [.. PrincipleIds.Select(p => (int[])[.. DescriptorsByPrinciple[p].Select(d => _indexById[d.Id])])];
        DefaultThresholds = thresholds;
        _owners = owners;
        Principles = [.. PrincipleIds.Select(id => principles.TryGetValue(id, out var p) ? p : new Principle(id, id, string.Empty))];
        expressions ??= new TieredExpressionCompiler();
        _network = new Lazy<Network>(
            () =>
            {
                var network = Compile(packs, expressions, sequential);
                compiled?.Invoke(this, network.Time, network.Sequential.Count);
                return network;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _everyRule = new Lazy<ISessionFactory>(
            () => _network.Value.Sequential.Count == 0 ? _network.Value.Factory : Compile(_network.Value.Rules, expressions),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Dictionary<string, IRulePack> _owners;
    private readonly Dictionary<string, int> _indexById;
    private readonly int[][] _indexesByPrinciple;

    /// <summary>The indexes in <see cref="Descriptors"/> of the rules of the principle at <paramref name="principle"/> in <see cref="Principles"/>.</summary>
    public int[] DescriptorIndexesOf(int principle) => _indexesByPrinciple[principle];

    /// <summary>The index of a principle ID (<c>P1</c> to <c>P9</c>) in <see cref="Principles"/>, or -1.</summary>
    public static int PrincipleIndex(string? principle) =>
        principle is [ 'P', >= '1' and <= '9' ] ? principle[1] - '1' : -1;

    public IReadOnlyList<IRulePack> Packs { get; }

    /// <summary>
    /// The descriptor the loaded pack gives for the rule of <paramref name="reported"/>: a rule reports with its own
    /// descriptor, while a pack pinned to an older release may give the rule that release's default severity.
    /// </summary>
    public RuleDescriptor DescriptorOf(RuleDescriptor reported) => DescriptorOf(reported, out _);

    /// <summary>The descriptor the loaded pack gives for the rule of <paramref name="reported"/>, and its index in <see cref="Descriptors"/> (-1 for none).</summary>
    public RuleDescriptor DescriptorOf(RuleDescriptor reported, out int index)
    {
        if (_indexById.TryGetValue(reported.Id, out index))
        {
            return Descriptors[index];
        }

        index = -1;
        return reported;
    }

    /// <summary>The pack that defines the rule <paramref name="ruleId"/>, or <c>null</c>.</summary>
    public IRulePack? PackOf(string ruleId) => _owners.GetValueOrDefault(ruleId);

    /// <summary>
    /// NE0102 for a rule ID defined by <paramref name="first"/> and again by <paramref name="second"/>, located at the
    /// second's <c>id:</c> when it is a YAML pack (else at the first's), and naming the file and line of each YAML one.
    /// </summary>
    private static RulePackException Duplicate(string ruleId, IRulePack first, IRulePack second)
    {
        var firstAt = (first as YamlRulePack)?.Locate(ruleId);
        var secondAt = (second as YamlRulePack)?.Locate(ruleId);
        return new RulePackException(
            EngineDiagnostics.DuplicateRuleId,
            $"Rule {ruleId} is defined by both pack '{MessageText.Quote(first.Id)}'{Where(firstAt)} and pack '{MessageText.Quote(second.Id)}'{Where(secondAt)}.",
            secondAt ?? firstAt);

        static string Where(SourceLocation? at) => at is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" ({MessageText.Line(at.File ?? string.Empty)}, line {at.Line})");
    }

    /// <summary>The Rete network of the rules that need matching, compiled on first use.</summary>
    public ISessionFactory SessionFactory => _network.Value.Factory;

    /// <summary>Whether any rule needs the session's matching (else the sequential rules are all).</summary>
    public bool NeedsSession => _network.Value.Matched > 0;

    /// <summary>The rules whose scope the engine decides (<see cref="ScopeGate"/>), compiled with the network.</summary>
    public ScopeGate Scopes => _network.Value.Gate;

    /// <summary>The rules that fire in sequence, without the session (<see cref="SequentialRules"/>).</summary>
    public SequentialRules Sequential => _network.Value.Sequential;

    /// <summary>
    /// A Rete network of every rule, sequential ones included: the reference the sequential rules stand in for,
    /// compiled only when needed (a sequential rule's action threw, and NRules is to report it as it does).
    /// </summary>
    public ISessionFactory EveryRule => _everyRule.Value;

    /// <summary>
    /// A session for one document from <paramref name="factory"/>, with <paramref name="scopes"/> as its agenda
    /// filter and <paramref name="facts"/> inserted before the session activates: the facts fill the network's
    /// memories first, and activating it then joins them in one pass, rather than each insertion propagating through
    /// joins whose other side is still empty.
    /// </summary>
    /// <param name="factory">The network: <see cref="SessionFactory"/> or <see cref="EveryRule"/>.</param>
    /// <param name="scopes">The document's scopes.</param>
    /// <param name="facts">Inserts the document's facts into the new session.</param>
    /// <returns>The session, its rules' activations on the agenda; not thread-safe.</returns>
    public ISession CreateSession(ISessionFactory factory, ScopeGate.Document scopes, Action<ISession> facts) =>
        factory.CreateSession(session =>
        {
            if (Scopes.Count > 0)
            {
                session.Agenda.AddFilter(scopes);
            }

            facts(session);
        });

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<RuleDescriptor>> DescriptorsByPrinciple { get; }

    public IReadOnlyDictionary<string, decimal> DefaultThresholds { get; }

    public IReadOnlyList<Principle> Principles { get; }

    /// <summary>How long compiling the network took (compiles it if not done yet).</summary>
    public TimeSpan CompileTime => _network.Value.Time;

    /// <summary>Whether the network has been compiled.</summary>
    public bool IsCompiled => _network.IsValueCreated;

    private static Network Compile(IReadOnlyList<IRulePack> packs, IExpressionCompiler expressions, bool sequential)
    {
        var stopwatch = Stopwatch.StartNew();

        // Every pack's rules, C# classes and YAML definitions alike, join one rule set: one Rete network.
        var ruleSet = new RuleSet("norms");
        var definitions = new List<(IRulePack, IReadOnlyList<IRuleDefinition>)>(packs.Count);
        foreach (var pack in packs)
        {
            IReadOnlyList<IRuleDefinition> rules = [.. pack.GetRuleDefinitions()];
            ruleSet.Add(rules);
            definitions.Add((pack, rules));
        }

        var repository = new RuleRepository();
        repository.Add(ruleSet);
        IReadOnlyList<IRuleDefinition> all = [.. repository.GetRules()];
        var gate = ScopeGate.Build(definitions);

        // Rules that need no matching fire in sequence; the network holds the others.
        var split = SequentialRules.None;
        var matched = all;
        if (sequential)
        {
            split = SequentialRules.Split(all, gate, expressions, out matched);
        }

        return new Network(Compile(matched, expressions), matched.Count, gate, split, all, stopwatch.Elapsed);
    }

    private static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules, IExpressionCompiler expressions)
    {
        // Facts are the document's objects: the same object is the same fact, and two equal suppliers are two facts.
        // (NRules' default compares facts with Equals, which for the model's records walks every field.)
        // NRules' condition and action expressions start interpreted and are compiled once used often (start-up).
        var compiler = new RuleCompiler { ExpressionCompiler = expressions };
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        return compiler.Compile(rules);
    }

    /// <summary>The compiled packs: the session's network, the scopes, the sequential rules, every rule, and how long it took.</summary>
    private sealed record Network(ISessionFactory Factory, int Matched, ScopeGate Gate, SequentialRules Sequential, IReadOnlyList<IRuleDefinition> Rules, TimeSpan Time);
}
