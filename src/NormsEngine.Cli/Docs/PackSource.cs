using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace NormsEngine.Cli.Docs;

/// <summary>What a YAML pack's text says about one rule, for its documentation page: scope, condition, paths read.</summary>
/// <param name="ForEach">The list the rule runs over once per item, or <c>null</c>.</param>
/// <param name="AppliesWhen">The scope condition in words, or <c>null</c> when the rule always applies.</param>
/// <param name="FailsWhen">The failing condition in words.</param>
/// <param name="Checks">The paths the failing condition reads, in order of appearance, each once (<c>item.</c> paths as written).</param>
/// <param name="Message">The message template as written, with its <c>{path}</c> placeholders.</param>
internal sealed record RuleSource(string? ForEach, string? AppliesWhen, string FailsWhen, IReadOnlyList<string> Checks, string? Message);

/// <summary>
/// Reads the rules of a YAML pack that has already loaded without errors (so its shape is known to be right) and
/// puts their conditions into words. Only for documentation: the engine compiles the pack, this never evaluates it.
/// </summary>
internal static class PackSource
{
    private static readonly Dictionary<string, string> Comparisons = new(StringComparer.Ordinal)
    {
        ["equals"] = "is",
        ["notEquals"] = "is not",
        ["in"] = "is one of",
        ["notIn"] = "is none of",
        ["greaterThan"] = ">",
        ["greaterThanOrEqual"] = ">=",
        ["lessThan"] = "<",
        ["lessThanOrEqual"] = "<=",
        ["contains"] = "contains",
        ["matches"] = "matches",
    };

    /// <summary>The rules of the pack file by ID; empty when the file cannot be read.</summary>
    public static IReadOnlyDictionary<string, RuleSource> Read(string file)
    {
        var rules = new Dictionary<string, RuleSource>(StringComparer.Ordinal);
        try
        {
            // Read as the pack was loaded (size limit, strict UTF-8): the file may have changed since, or be a pipe.
            if (NormsEngine.Documents.BoundedInput.ReadFile(file, "pack file").Text is not { } text)
            {
                return rules;
            }

            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root || Get(root, "rules") is not YamlSequenceNode list)
            {
                return rules;
            }

            foreach (var rule in list.Children.OfType<YamlMappingNode>())
            {
                if (Text(Get(rule, "id")) is { } id && Get(rule, "failsWhen") is { } failsWhen)
                {
                    var checks = new List<string>();
                    var fails = Condition(failsWhen, checks, nested: false);
                    var applies = Get(rule, "appliesWhen") is { } appliesWhen ? Condition(appliesWhen, [], nested: false) : null;
                    rules.TryAdd(id, new RuleSource(Text(Get(rule, "forEach")), applies, fails, [.. checks.Distinct(StringComparer.Ordinal)], Text(Get(rule, "message"))));
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // The pack loaded a moment ago; if it cannot be read again, its pages say less.
        }

        return rules;
    }

    private static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } value } ? value : null;

    private static string Condition(YamlNode node, List<string> checks, bool nested)
    {
        if (node is not YamlMappingNode mapping)
        {
            return Literal(node);
        }

        var parts = new List<string>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Text(keyNode) ?? string.Empty;
            switch (key)
            {
                case "all":
                case "any":
                    var items = value is YamlSequenceNode sequence
                        ? sequence.Children.Select(c => Condition(c, checks, nested: true)).ToList()
                        : [Condition(value, checks, nested: true)];
                    var joined = string.Join(key == "all" ? " and " : " or ", items);
                    parts.Add(items.Count > 1 && (nested || mapping.Children.Count > 1) ? $"({joined})" : joined);
                    break;
                case "not":
                    parts.Add($"not ({Condition(value, checks, nested: false)})");
                    break;
                default:
                    checks.Add(key);
                    parts.Add(Tests(key, value, checks));
                    break;
            }
        }

        var all = string.Join(" and ", parts);
        return parts.Count > 1 && nested ? $"({all})" : all;
    }

    private static string Tests(string path, YamlNode tests, List<string> checks)
    {
        if (tests is not YamlMappingNode mapping)
        {
            return $"`{path}` is {Literal(tests)}";
        }

        var parts = new List<string>();
        foreach (var (testNode, value) in mapping.Children)
        {
            var test = Text(testNode) ?? string.Empty;
            var flag = Text(value) is { } text && bool.TryParse(text, out var b) ? b : (bool?)null;
            parts.Add(test switch
            {
                "isEmpty" => $"`{path}` is {(flag == false ? "not " : string.Empty)}empty",
                "declared" => $"`{path}` is {(flag == false ? "not " : string.Empty)}declared",
                "olderThanDays" => $"`{path}` is more than {Value(value, checks)} days before the as-of date",
                _ => $"`{path}` {(Comparisons.TryGetValue(test, out var words) ? words : test)} {Value(value, checks)}",
            });
        }

        return string.Join(" and ", parts);
    }

    private static string Value(YamlNode value, List<string> checks)
    {
        if (value is YamlMappingNode mapping)
        {
            if (Text(Get(mapping, "path")) is { } path)
            {
                checks.Add(path);
                return $"`{path}`";
            }

            if (Text(Get(mapping, "threshold")) is { } threshold)
            {
                return $"the threshold `{threshold}`";
            }
        }

        return Literal(value);
    }

    private static string Literal(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? value : $"`{value}`",
        YamlSequenceNode sequence => string.Join(", ", sequence.Children.Select(Literal)),
        _ => $"`{node}`",
    };
}
