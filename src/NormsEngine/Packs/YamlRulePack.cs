using NormsEngine.Diagnostics;
using NRules.RuleModel;

namespace NormsEngine.Packs;

/// <summary>A rule pack loaded from YAML: its rules are NRules definitions built once, at load.</summary>
internal sealed class YamlRulePack : IRulePack, IRuleDefinitionSource
{
    public YamlRulePack(string id, string version, string title, string owner, IReadOnlyDictionary<string, decimal> thresholds, IReadOnlyList<PackRule> rules)
    {
        Id = id;
        Version = version;
        Title = title;
        Owner = owner;
        Thresholds = thresholds;
        Descriptors = [.. rules.Select(r => r.Descriptor)];
        Definitions = [.. rules.Select(r => r.Build(id))];
    }

    public string Id { get; }

    public string Version { get; }

    public string Title { get; }

    public string Owner { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public IReadOnlyList<Type> RuleTypes => [];

    public IReadOnlyDictionary<string, decimal> Thresholds { get; }

    public IReadOnlyList<Principle> Principles => [];

    public IReadOnlyList<IRuleDefinition> Definitions { get; }

    public override string ToString() => $"{Id} {Version}";
}
