using System.Reflection;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Rules;
using YamlDotNet.RepresentationModel;

namespace NormsEngine.ParisCall;

/// <summary>
/// The built-in pack: the nine principles of the Paris Call for Trust and Security in Cyberspace as 51 rules
/// (PC0101 to PC0905). Add it with <c>services.AddNormsEngine(b =&gt; b.AddParisCall())</c>.
/// </summary>
public sealed class ParisCallPack : IRulePack
{
    /// <summary>The pack's ID in configuration: <c>paris-call</c>.</summary>
    public const string PackId = "paris-call";

    private static readonly Lazy<(IReadOnlyList<Type> Types, IReadOnlyList<RuleDescriptor> Descriptors)> Rules = new(FindRules);
    private static readonly Lazy<IReadOnlyList<Principle>> PrincipleTexts = new(ReadPrinciples);

    /// <inheritdoc/>
    public string Id => PackId;

    /// <inheritdoc/>
    public string Version => typeof(ParisCallPack).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <inheritdoc/>
    public string Title => "Paris Call for Trust and Security in Cyberspace";

    /// <inheritdoc/>
    public string Owner => "NormsEngine";

    /// <inheritdoc/>
    public IReadOnlyList<RuleDescriptor> Descriptors => Rules.Value.Descriptors;

    /// <inheritdoc/>
    public IReadOnlyList<Type> RuleTypes => Rules.Value.Types;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, decimal> Thresholds => ParisCallThresholds.Defaults;

    /// <inheritdoc/>
    public IReadOnlyList<Principle> Principles => PrincipleTexts.Value;

    /// <summary>The scopes the rules name, described for explanations: when each holds, and the role switches it reads.</summary>
    public IReadOnlyList<RuleScope> Scopes => ParisCall.Scopes.Described;

    private static (IReadOnlyList<Type>, IReadOnlyList<RuleDescriptor>) FindRules()
    {
        var types = typeof(ParisCallPack).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
        var descriptors = types
            .Select(t => (RuleDescriptor)t.GetField("Descriptor", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
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
