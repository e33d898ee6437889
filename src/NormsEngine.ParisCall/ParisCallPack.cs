using System.Reflection;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.ParisCall.Releases;
using NormsEngine.Rules;
using YamlDotNet.RepresentationModel;

namespace NormsEngine.ParisCall;

/// <summary>
/// The built-in pack: the nine principles of the Paris Call for Trust and Security in Cyberspace as rules PC0101 to
/// PC09xx. Add it with <c>services.AddNormsEngine(b =&gt; b.AddParisCall())</c>. Each release of the pack (its ledger,
/// <c>rules/paris-call/RELEASES.md</c>) is a rule set with default severities; a pack created for a release runs
/// exactly that set, so a user who pins <c>paris-call@0.1.0</c> keeps the verdicts of 0.1.0 after an upgrade.
/// </summary>
public sealed class ParisCallPack : IRulePack
{
    /// <summary>The pack's ID in configuration: <c>paris-call</c>.</summary>
    public const string PackId = "paris-call";

    private static readonly Lazy<(IReadOnlyList<Type> Types, IReadOnlyList<RuleDescriptor> Descriptors)> AllRules = new(FindRules);
    private static readonly Lazy<IReadOnlyList<Principle>> PrincipleTexts = new(ReadPrinciples);
    private readonly Lazy<(IReadOnlyList<Type> Types, IReadOnlyList<RuleDescriptor> Descriptors)> _rules;

    /// <summary>Creates the pack of the newest release.</summary>
    public ParisCallPack()
        : this(ParisCallLedger.Value.Latest)
    {
    }

    /// <summary>Creates the pack of one release: its rules, at its default severities.</summary>
    /// <param name="release">A release of the ledger, such as <c>0.1.0</c> (see <see cref="Releases"/>).</param>
    /// <exception cref="ArgumentException">The pack has no such release; the message lists the releases it has.</exception>
    public ParisCallPack(string release)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (!ParisCallLedger.Value.Has(release))
        {
            throw new ArgumentException(UnknownRelease(release), nameof(release));
        }

        Version = release;
        _rules = new(() => RulesOf(release));
    }

    /// <summary>The releases of the pack, oldest first; the last is the one <see cref="ParisCallPack()"/> runs.</summary>
    public static IReadOnlyList<string> Releases => ParisCallLedger.Value.Versions;

    /// <inheritdoc/>
    public string Id => PackId;

    /// <summary>The release this pack runs (SemVer), as the ledger names it.</summary>
    public string Version { get; }

    /// <inheritdoc/>
    public string Title => "Paris Call for Trust and Security in Cyberspace";

    /// <inheritdoc/>
    public string Owner => "NormsEngine";

    /// <inheritdoc/>
    public IReadOnlyList<RuleDescriptor> Descriptors => _rules.Value.Descriptors;

    /// <inheritdoc/>
    public IReadOnlyList<Type> RuleTypes => _rules.Value.Types;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, decimal> Thresholds => ParisCallThresholds.Defaults;

    /// <inheritdoc/>
    public IReadOnlyList<Principle> Principles => PrincipleTexts.Value;

    /// <summary>The scopes the rules name: when each holds (the engine applies it) and the role switches it reads (explanations show them).</summary>
    public IReadOnlyList<RuleScope> Scopes => ParisCall.Scopes.Described;

    /// <summary>The message for a release the pack does not have, naming those it has.</summary>
    internal static string UnknownRelease(string release) =>
        $"The {PackId} pack has no release '{release}'; its releases are {string.Join(", ", Releases)} (the newest is used when none is given).";

    /// <summary>
    /// The rule classes and descriptors of <paramref name="release"/>: the rules its ledger lists, each at the ledger's
    /// severity for that release (a copy of the rule's descriptor when an older release had another severity).
    /// </summary>
    private static (IReadOnlyList<Type>, IReadOnlyList<RuleDescriptor>) RulesOf(string release)
    {
        var ledger = ParisCallLedger.Value.RulesAt(release);
        var (types, descriptors) = AllRules.Value;
        var kept = new List<Type>();
        var own = new List<RuleDescriptor>();
        for (var i = 0; i < types.Count; i++)
        {
            if (ledger.TryGetValue(descriptors[i].Id, out var entry))
            {
                kept.Add(types[i]);
                own.Add(entry.Severity == descriptors[i].DefaultSeverity ? descriptors[i] : WithSeverity(descriptors[i], entry.Severity));
            }
        }

        var missing = ledger.Keys.Except(own.Select(d => d.Id), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Release {release} of the ledger lists rules that have no class: {string.Join(", ", missing)}.");
        }

        return (kept, [.. own.OrderBy(d => d.Id, StringComparer.Ordinal)]);
    }

    private static RuleDescriptor WithSeverity(RuleDescriptor d, Severity severity) => RuleDescriptor.Create(
        d.Id, d.Title, d.MessageFormat, d.Category, severity, d.Description, d.Remediation, d.Principle, d.References, d.Tags,
        helpUri: d.HelpUri, isEnabledByDefault: d.IsEnabledByDefault);

    /// <summary>Every rule class of the assembly, each with its descriptor, in the same order.</summary>
    private static (IReadOnlyList<Type>, IReadOnlyList<RuleDescriptor>) FindRules()
    {
        var types = typeof(ParisCallPack).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
        var descriptors = types
            .Select(t => (RuleDescriptor)t.GetField("Descriptor", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
            .ToArray();
        return (types, descriptors);
    }

    private static IReadOnlyList<Principle> ReadPrinciples()
    {
        using var stream = typeof(ParisCallPack).Assembly.GetManifestResourceStream("NormsEngine.ParisCall.principles.yaml")
            ?? throw new InvalidOperationException("The principles resource is missing from NormsEngine.ParisCall.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("principles")];
        return [.. list.Children.Cast<YamlMappingNode>().Select(p => new Principle(
            Text(p, "id"), Text(p, "title"), Text(p, "text")))];
    }

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;
}
