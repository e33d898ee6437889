using System.Reflection;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Packs;
using NormsEngine.Rules;
using NRules;
using NRules.AgendaFilters;
using NRules.Fluent;
using NRules.RuleModel;

namespace NormsEngine.Engine;

/// <summary>
/// Rule scopes, decided once per document: a C# rule whose descriptor names a scope of its pack (the tag
/// <c>scope:NAME</c>, a <see cref="RuleScope"/> of <see cref="IRulePack.Scopes"/>) applies only when that scope holds
/// for the organisation. The scope is not a condition in the Rete network, where each distinct scope would be a
/// chain of nodes (selection, alpha memory, join, beta memory) built and walked in every session: the organisation
/// matches once for all rules, and an agenda filter keeps off the agenda the activations of rules whose scope does
/// not hold. Each scope is tested at most once per document, however many rules and suppliers name it. This is the
/// catalogue's definition ("a rule applies when its scope holds") applied by the engine, from the same descriptor
/// and scope that explanations show, so the two cannot disagree.
/// </summary>
internal sealed class ScopeGate
{
    private const string Tag = "scope:";
    private readonly Dictionary<IRuleDefinition, int> _scopeOf;
    private readonly RuleScope[] _scopes;

    private ScopeGate(Dictionary<IRuleDefinition, int> scopeOf, RuleScope[] scopes)
    {
        _scopeOf = scopeOf;
        _scopes = scopes;
    }

    /// <summary>How many rules the gate decides (rules with a scope their pack describes).</summary>
    public int Count => _scopeOf.Count;

    /// <summary>
    /// The gate over <paramref name="definitions"/>: each pack's C# rule types (a static <c>Descriptor</c> field, the
    /// convention of every C# rule) whose descriptor names a scope the pack describes, found among the pack's rule
    /// definitions by the name NRules gives the type (its <c>[Name]</c>, else its full name). Rules without one (scope
    /// <c>all</c>, YAML rules, a scope the pack does not describe) are not gated: their own conditions decide.
    /// </summary>
    /// <param name="definitions">Each pack with the rule definitions it gave.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="RulePackException">NE0101: a rule names a scope its pack describes, but its NRules rule is not among the pack's definitions under its type's name (the scope could not be applied).</exception>
    public static ScopeGate Build(IEnumerable<(IRulePack Pack, IReadOnlyList<IRuleDefinition> Definitions)> definitions)
    {
        var scopeOf = new Dictionary<IRuleDefinition, int>(ReferenceEqualityComparer.Instance);
        var scopes = new List<RuleScope>();
        foreach (var (pack, rules) in definitions)
        {
            if (pack.Scopes.Count == 0 || pack.RuleTypes.Count == 0)
            {
                continue;
            }

            var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var scoped = new Dictionary<string, (int Scope, RuleDescriptor Rule, string ScopeName)>(StringComparer.Ordinal);
            foreach (var type in pack.RuleTypes)
            {
                if (DescriptorOf(type) is { } descriptor && ScopeName(descriptor) is { } scopeName && pack.Scopes.FirstOrDefault(s => s.Name == scopeName) is { } scope)
                {
                    if (!indexOf.TryGetValue(scopeName, out var index))
                    {
                        index = scopes.Count;
                        scopes.Add(scope);
                        indexOf[scopeName] = index;
                    }

                    scoped[new RuleMetadata(type).Name] = (index, descriptor, scopeName);
                }
            }

            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (scoped.TryGetValue(rule.Name, out var entry))
                {
                    scopeOf[rule] = entry.Scope;
                    found.Add(rule.Name);
                }
            }

            if (scoped.Keys.FirstOrDefault(name => !found.Contains(name)) is { } missing)
            {
                var (_, descriptor, scopeName) = scoped[missing];
                throw new RulePackException(
                    EngineDiagnostics.PackLoadFailed,
                    $"Rule {descriptor.Id} of pack '{MessageText.Quote(pack.Id)}' names the scope '{MessageText.Quote(scopeName)}', which the pack describes, but the pack gave no NRules rule named '{MessageText.Quote(missing)}' (the name NRules gives its class), so the engine cannot apply the scope; keep the class's rule name (no Name() in Define()) or do not describe the scope.",
                    null);
            }
        }

        return new ScopeGate(scopeOf, [.. scopes]);
    }

    /// <summary>The scopes of one document: each tested at most once, when a rule naming it first asks.</summary>
    /// <param name="organisation">The document's organisation.</param>
    /// <returns>The document's scopes, for its session's agenda filter and its sequential rules alike.</returns>
    public Document For(Organisation organisation) => new(this, organisation);

    /// <summary>The index of <paramref name="rule"/>'s scope, or -1 when the gate does not decide it.</summary>
    public int ScopeOf(IRuleDefinition rule) => _scopeOf.TryGetValue(rule, out var index) ? index : -1;

    /// <summary>The descriptor of a C# rule type: its static <c>Descriptor</c> field, or <c>null</c>.</summary>
    internal static RuleDescriptor? DescriptorOf(Type ruleType) =>
        (ruleType.GetField("Descriptor", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? ruleType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)) as RuleDescriptor;

    private static string? ScopeName(RuleDescriptor? descriptor)
    {
        if (descriptor is null)
        {
            return null;
        }

        foreach (var tag in descriptor.Tags)
        {
            if (tag.StartsWith(Tag, StringComparison.Ordinal))
            {
                return tag[Tag.Length..];
            }
        }

        return null;
    }

    /// <summary>
    /// One document's scopes, remembered once tested; also the agenda filter of its session, which keeps off the
    /// agenda the activations of rules whose scope does not hold.
    /// </summary>
    internal sealed class Document(ScopeGate gate, Organisation organisation) : IAgendaFilter
    {
        // 0: not tested yet; 1: holds; 2: does not hold.
        private readonly byte[] _holds = new byte[gate._scopes.Length];

        /// <summary>Whether the scope at <paramref name="index"/> (from <see cref="ScopeOf"/>; -1 for none) holds.</summary>
        public bool Holds(int index)
        {
            if (index < 0)
            {
                return true;
            }

            var known = _holds[index];
            if (known == 0)
            {
                known = gate._scopes[index].Holds(organisation) ? (byte)1 : (byte)2;
                _holds[index] = known;
            }

            return known == 1;
        }

        /// <inheritdoc/>
        public bool Accept(AgendaContext context, Activation activation) => Holds(gate.ScopeOf(activation.Rule));
    }
}
