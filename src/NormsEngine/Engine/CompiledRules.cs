using System.Diagnostics;
using NormsEngine.Diagnostics;
using NormsEngine.Packs;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace NormsEngine.Engine;

/// <summary>
/// The loaded packs compiled once into an NRules <see cref="ISessionFactory"/>, shared by every evaluation
/// (the factory is thread-safe; sessions are not, so each evaluation creates its own).
/// </summary>
internal sealed class CompiledRules
{
    private static readonly string[] PrincipleIds = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];

    public CompiledRules(IReadOnlyList<IRulePack> packs)
    {
        var stopwatch = Stopwatch.StartNew();
        Packs = packs;
        var descriptors = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var principles = new Dictionary<string, Principle>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var descriptor in pack.Descriptors)
            {
                if (!owners.TryAdd(descriptor.Id, pack.Id))
                {
                    throw new RulePackException(EngineDiagnostics.DuplicateRuleId,
                        $"Rule {descriptor.Id} is defined by both pack '{owners[descriptor.Id]}' and pack '{pack.Id}'.");
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
        DefaultThresholds = thresholds;
        Principles = [.. PrincipleIds.Select(id => principles.TryGetValue(id, out var p) ? p : new Principle(id, id, string.Empty))];

        // Rules are instantiated here rather than scanned: NRules' type scanner skips non-public rule classes,
        // and packs keep their rules internal.
        var rules = packs
            .SelectMany(p => p.RuleTypes)
            .Distinct()
            .Select(t => (Rule)Activator.CreateInstance(t, nonPublic: true)!)
            .ToArray();
        var ruleSet = new RuleSet("norms");
        ruleSet.Add(new RuleDefinitionFactory().Create(rules));

        // YAML packs bring rule definitions built at load; they join the same rule set, so one Rete network.
        ruleSet.Add(packs.OfType<IRuleDefinitionSource>().SelectMany(p => p.Definitions));
        var repository = new RuleRepository();
        repository.Add(ruleSet);
        SessionFactory = repository.Compile();
        CompileTime = stopwatch.Elapsed;
    }

    public IReadOnlyList<IRulePack> Packs { get; }

    public ISessionFactory SessionFactory { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<RuleDescriptor>> DescriptorsByPrinciple { get; }

    public IReadOnlyDictionary<string, decimal> DefaultThresholds { get; }

    public IReadOnlyList<Principle> Principles { get; }

    public TimeSpan CompileTime { get; }
}
