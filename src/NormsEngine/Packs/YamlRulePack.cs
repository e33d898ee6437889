using NRules.RuleModel;
using NormsEngine.Diagnostics;

namespace NormsEngine.Packs;

/// <summary>A rule pack loaded from YAML: its rules are NRules definitions built once, at load, and describe themselves in words.</summary>
internal sealed class YamlRulePack : IDescribedRulePack
{
    public YamlRulePack(string id, string version, string title, string owner, IReadOnlyDictionary<string, decimal> thresholds, IReadOnlyList<PackRule> rules)
    {
        Id = id;
        Version = version;
        Title = title;
        Owner = owner;
        Thresholds = thresholds;
        Descriptors = [.. rules.Select(r => r.Descriptor)];
        _rules = rules.ToDictionary(r => r.Descriptor.Id, StringComparer.Ordinal);
        Definitions = [.. rules.Select(r => r.Build(id))];
        _idLocations = rules
            .Where(r => r.IdLocation is not null)
            .ToDictionary(r => r.Descriptor.Id, r => r.IdLocation!, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, SourceLocation> _idLocations;
    private readonly Dictionary<string, PackRule> _rules;

    /// <summary>Where the pack file defines the rule <paramref name="ruleId"/> (its <c>id:</c> value), or <c>null</c>.</summary>
    public SourceLocation? Locate(string ruleId) => _idLocations.GetValueOrDefault(ruleId);

    /// <summary>The rule <paramref name="ruleId"/> of this pack, or <c>null</c>.</summary>
    public PackRule? Rule(string ruleId) => _rules.GetValueOrDefault(ruleId);

    public string Id { get; }

    public string Version { get; }

    public string Title { get; }

    public string Owner { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public IReadOnlyList<Type> RuleTypes => [];

    public IReadOnlyDictionary<string, decimal> Thresholds { get; }

    public IReadOnlyList<Principle> Principles => [];

    /// <summary>The rules, compiled from the YAML into NRules definitions once, at load.</summary>
    public IReadOnlyList<IRuleDefinition> Definitions { get; }

    public IEnumerable<IRuleDefinition> GetRuleDefinitions() => Definitions;

    public RuleDescription? Describe(string ruleId, Func<string, string>? code = null)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (!_rules.TryGetValue(ruleId, out var rule))
        {
            return null;
        }

        var wording = new Wording(code ?? Wording.Plain.Code, Thresholds);
        return new RuleDescription
        {
            RuleId = ruleId,
            ForEach = rule.ForEach,
            AppliesWhen = rule.AppliesWhen?.Describe(wording),
            FailsWhen = rule.FailsWhen.Describe(wording),
            CheckedPaths = rule.CheckedPaths,
            Summary = rule.Describe(wording),
            Message = rule.Message,
        };
    }

    public override string ToString() => $"{Id} {Version}";
}
