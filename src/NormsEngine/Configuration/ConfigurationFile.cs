using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Packs;

namespace NormsEngine.Configuration;

/// <summary>
/// Reads <c>norms.config.yaml</c>. Discovery works like <c>.editorconfig</c>: every <c>norms.config.yaml</c> from the
/// start folder up, nearer files overriding farther ones, stopping at one that says <c>root: true</c>; an explicit
/// file (<c>--config</c>) is used alone. Every mistake is an NE0103 finding with file, line and column.
/// </summary>
public static partial class ConfigurationFile
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = "norms.config.yaml";

    private static readonly string[] TopLevelKeys = ["apiVersion", "kind", "root", "packs", "rules", "principles", "thresholds", "suppressions", "failOn", "baseline"];
    private static readonly string[] SuppressionKeys = ["rule", "path", "document", "justification", "owner", "expires"];

    /// <summary>The nearest <c>norms.config.yaml</c> in <paramref name="startDirectory"/> or above it, or <c>null</c>.</summary>
    /// <param name="startDirectory">Where to start looking.</param>
    /// <returns>The file's path, or <c>null</c>.</returns>
    public static string? Discover(string startDirectory) => Chain(startDirectory).FirstOrDefault();

    /// <summary>
    /// The effective configuration: <paramref name="explicitPath"/> alone when given, otherwise the discovered files
    /// merged (nearest wins), otherwise <see cref="NormsConfiguration.Default"/>.
    /// </summary>
    /// <param name="explicitPath">A file given with <c>--config</c>, or <c>null</c>.</param>
    /// <param name="startDirectory">Where discovery starts (the inputs' folder).</param>
    /// <returns>The configuration and its errors.</returns>
    public static ConfigurationResult LoadEffective(string? explicitPath, string startDirectory)
    {
        if (explicitPath is not null)
        {
            return Load(explicitPath);
        }

        var files = new List<ConfigurationResult>();
        foreach (var file in Chain(startDirectory))
        {
            var loaded = Load(file);
            files.Add(loaded);
            if (loaded.Configuration.Root)
            {
                break;
            }
        }

        if (files.Count == 0)
        {
            return new ConfigurationResult(NormsConfiguration.Default, []);
        }

        var merged = files[^1].Configuration;
        for (var i = files.Count - 2; i >= 0; i--)
        {
            merged = Merge(merged, files[i].Configuration);
        }

        return new ConfigurationResult(merged, [.. files.SelectMany(f => f.Errors)]);
    }

    /// <summary>Reads one configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The configuration and its errors.</returns>
    public static ConfigurationResult Load(string path)
    {
        // Bounded by bytes read, as documents are: a device or pipe given as --config claims a length of 0.
        var read = BoundedInput.ReadFile(path, "configuration file");
        if (read.Text is not { } text)
        {
            return new ConfigurationResult(NormsConfiguration.Default with { File = path },
                [Error(new SourceLocation(path, string.Empty, read.Line, read.Column, read.Line, read.Line > 0 ? read.Column + 1 : 0), read.Problem!)]);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a configuration from text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name for locations and relative paths.</param>
    /// <returns>The configuration and its errors.</returns>
    public static ConfigurationResult Parse(string text, string file)
    {
        var errors = new List<Finding>();
        var raw = new YamlReader(file, ReaderLimits.Default).Read(text);
        if (raw.Count > 1)
        {
            errors.Add(Error(At(file, string.Empty, raw[1].Start), "A configuration file holds one YAML document."));
        }

        var document = raw.FirstOrDefault();
        foreach (var finding in document?.Findings ?? [])
        {
            errors.Add(Error(finding.Location, finding.Message));
        }

        var reader = new Reader(file, errors);
        var configuration = document?.Root is YamlMappingNode root
            ? reader.Read(root)
            : NormsConfiguration.Default with { File = file };
        if (document is not null && !document.IsUnreadable && document.Root is not YamlMappingNode)
        {
            errors.Add(Error(At(file, string.Empty, document.Root?.Start ?? document.Start), "A configuration file is a mapping that starts with apiVersion: norms/v1 and kind: Configuration."));
        }

        return new ConfigurationResult(configuration, errors);
    }

    /// <summary>
    /// Checks a configuration against what is loaded: packs that exist, rule IDs and thresholds that some pack
    /// defines. Each mistake is an NE0103 finding at the setting, with a "did you mean" where one is close.
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="descriptors">Every loaded rule (engine diagnostics included if they may be configured).</param>
    /// <param name="thresholds">Every threshold the loaded packs declare.</param>
    /// <param name="packs">The pack names that can be loaded by name (for example <c>paris-call</c>); paths are not checked here.</param>
    /// <returns>The findings; empty when the configuration fits.</returns>
    public static IReadOnlyList<Finding> Validate(
        NormsConfiguration configuration,
        IEnumerable<RuleDescriptor> descriptors,
        IEnumerable<string> thresholds,
        IEnumerable<string> packs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<Finding>();
        var ids = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var thresholdNames = thresholds.ToHashSet(StringComparer.Ordinal);
        var packNames = packs.ToHashSet(StringComparer.Ordinal);
        SourceLocation Where(string path) =>
            configuration.Locations.TryGetValue(path, out var at) ? at : new SourceLocation(configuration.File, path, 0, 0, 0, 0);
        string Hint(string value, IEnumerable<string> known) => Suggestions.Closest(value, known) is { } s ? $"; did you mean '{s}'?" : ".";

        foreach (var key in configuration.Severities.Keys)
        {
            var isPrinciple = key is ['P', >= '1' and <= '9'];
            var known = isPrinciple
                || (key.EndsWith('*') ? ids.Any(id => id.StartsWith(key[..^1], StringComparison.Ordinal)) : ids.Contains(key));
            if (!known)
            {
                var path = configuration.Locations.ContainsKey("rules." + key) ? "rules." + key : "principles." + key;
                errors.Add(Error(Where(path), $"No loaded rule {(key.EndsWith('*') ? "starts with" : "has the ID")} '{key.TrimEnd('*')}'" + Hint(key, ids)));
            }
        }

        foreach (var name in configuration.Thresholds.Keys.Where(n => !thresholdNames.Contains(n)))
        {
            errors.Add(Error(Where("thresholds." + name), $"No loaded pack declares the threshold '{name}'" + Hint(name, thresholdNames)));
        }

        for (var i = 0; i < configuration.Packs.Count; i++)
        {
            var pack = configuration.Packs[i];
            if (!PackReference.IsFile(pack) && !packNames.Contains(pack))
            {
                errors.Add(Error(Where($"packs[{i}]"), $"Unknown pack '{pack}'; built-in packs: {string.Join(", ", packNames.Order(StringComparer.Ordinal))}" + Hint(pack, packNames)));
            }
        }

        return errors;
    }

    private static IEnumerable<string> Chain(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                yield return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
            }
        }
    }

    private static NormsConfiguration Merge(NormsConfiguration farther, NormsConfiguration nearer)
    {
        bool Has(string key) => nearer.Locations.ContainsKey(key);
        var severities = new Dictionary<string, Severity>(farther.Severities, StringComparer.Ordinal);
        foreach (var (key, value) in nearer.Severities)
        {
            severities[key] = value;
        }

        var thresholds = new Dictionary<string, decimal>(farther.Thresholds, StringComparer.Ordinal);
        foreach (var (key, value) in nearer.Thresholds)
        {
            thresholds[key] = value;
        }

        var locations = new Dictionary<string, SourceLocation>(farther.Locations, StringComparer.Ordinal);
        foreach (var (key, value) in nearer.Locations)
        {
            locations[key] = value;
        }

        return nearer with
        {
            Packs = Has("packs") ? nearer.Packs : farther.Packs,
            FailOn = Has("failOn") ? nearer.FailOn : farther.FailOn,
            Baseline = Has("baseline") ? nearer.Baseline : farther.Baseline,
            Severities = severities,
            Thresholds = thresholds,
            Suppressions = [.. farther.Suppressions, .. nearer.Suppressions],
            Locations = locations,
        };
    }

    private static Finding Error(SourceLocation at, string message) =>
        new(EngineDiagnostics.InvalidConfiguration, MessageText.Line(message), at);

    private static SourceLocation At(string file, string path, TextPoint start) =>
        new(file, path, start.Line, start.Column, start.Line, start.Column + 1);

    private static SourceLocation At(string file, string path, YamlTreeNode node) =>
        node.End.Line > node.Start.Line || node.End.Column > node.Start.Column
            ? new(file, path, node.Start.Line, node.Start.Column, node.End.Line, node.End.Column)
            : At(file, path, node.Start);

    [GeneratedRegex(@"^[A-Za-z]+(\d+|\d*\*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleKey();

    /// <summary>Reads the mapping into a configuration, adding an NE0103 per mistake.</summary>
    private sealed class Reader(string file, List<Finding> errors)
    {
        private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

        public NormsConfiguration Read(YamlMappingNode root)
        {
            var configuration = NormsConfiguration.Default with { File = file };
            string? apiVersion = null, kind = null;
            foreach (var (keyNode, value) in root.Entries)
            {
                if (keyNode is not YamlScalarNode { Value: var key } || value is null)
                {
                    Fail(keyNode, string.Empty, "A configuration key must be text.");
                    continue;
                }

                _locations[key] = At(file, key, keyNode);
                switch (key)
                {
                    case "apiVersion":
                        apiVersion = Text(value, key);
                        if (apiVersion is not null and not "norms/v1")
                        {
                            Fail(value, key, $"apiVersion must be 'norms/v1'; found '{apiVersion}'.");
                        }

                        break;
                    case "kind":
                        kind = Text(value, key);
                        if (kind is not null and not "Configuration")
                        {
                            Fail(value, key, $"kind must be 'Configuration'; found '{kind}'.");
                        }

                        break;
                    case "root":
                        configuration = configuration with { Root = Bool(value, key) ?? false };
                        break;
                    case "packs":
                        configuration = configuration with { Packs = Packs(value) };
                        break;
                    case "rules":
                        configuration = configuration with { Severities = Merge(configuration.Severities, Severities(value, key, isPrinciple: false)) };
                        break;
                    case "principles":
                        configuration = configuration with { Severities = Merge(configuration.Severities, Severities(value, key, isPrinciple: true)) };
                        break;
                    case "thresholds":
                        configuration = configuration with { Thresholds = Thresholds(value) };
                        break;
                    case "suppressions":
                        configuration = configuration with { Suppressions = Suppressions(value) };
                        break;
                    case "failOn":
                        configuration = configuration with { FailOn = Severity(value, key) ?? Diagnostics.Severity.Error };
                        break;
                    case "baseline":
                        if (Text(value, key) is { } baseline && Relative(value, key, baseline) is { } relative)
                        {
                            configuration = configuration with { Baseline = relative };
                        }

                        break;
                    default:
                        var suggestion = Suggestions.Closest(key, TopLevelKeys);
                        Fail(keyNode, key, $"Unknown configuration key '{key}'" + (suggestion is null ? $"; known keys: {string.Join(", ", TopLevelKeys)}." : $"; did you mean '{suggestion}'?"));
                        break;
                }
            }

            if (apiVersion is null)
            {
                Fail(root, string.Empty, "apiVersion is missing; a configuration file declares apiVersion: norms/v1.");
            }

            if (kind is null)
            {
                Fail(root, string.Empty, "kind is missing; a configuration file declares kind: Configuration.");
            }

            return configuration with { Locations = _locations };
        }

        private static Dictionary<string, Severity> Merge(IReadOnlyDictionary<string, Severity> first, Dictionary<string, Severity> second)
        {
            var merged = new Dictionary<string, Severity>(first, StringComparer.Ordinal);
            foreach (var (key, value) in second)
            {
                merged[key] = value;
            }

            return merged;
        }

        private List<string> Packs(YamlTreeNode node)
        {
            var packs = new List<string>();
            if (node is not YamlSequenceNode sequence)
            {
                Fail(node, "packs", "packs must be a list: paris-call, or paths to pack files.");
                return ["paris-call"];
            }

            for (var i = 0; i < sequence.Items.Count; i++)
            {
                if (Text(sequence.Items[i], $"packs[{i}]") is { } pack && (PackReference.IsFile(pack) ? Relative(sequence.Items[i], $"packs[{i}]", pack) : pack) is { } entry)
                {
                    packs.Add(entry);
                    _locations[$"packs[{i}]"] = At(file, $"packs[{i}]", sequence.Items[i]);
                }
            }

            return packs;
        }

        private Dictionary<string, Severity> Severities(YamlTreeNode node, string section, bool isPrinciple)
        {
            var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (var (keyNode, value, key) in Entries(node, section))
            {
                var path = section + "." + key;
                var valid = isPrinciple ? key is ['P', >= '1' and <= '9'] : RuleKey().IsMatch(key);
                if (!valid)
                {
                    Fail(keyNode, path, isPrinciple
                        ? $"'{key}' is not a principle; principles are P1 to P9."
                        : $"'{key}' is not a rule ID or ID prefix (letters then digits, like PC0702, or a prefix ending in *, like PC07*).");
                    continue;
                }

                _locations[path] = At(file, path, keyNode);
                if (Severity(value, path) is { } severity)
                {
                    result[key] = severity;
                }
            }

            return result;
        }

        private Dictionary<string, decimal> Thresholds(YamlTreeNode node)
        {
            var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (keyNode, value, key) in Entries(node, "thresholds"))
            {
                var path = "thresholds." + key;
                _locations[path] = At(file, path, keyNode);
                if (value is YamlScalarNode { IsPlain: true } scalar
                    && decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    && number >= 0)
                {
                    result[key] = number;
                }
                else
                {
                    Fail(value, path, $"Threshold '{key}' must be a number, 0 or more; found {Describe(value)}.");
                }
            }

            return result;
        }

        private List<SuppressionRule> Suppressions(YamlTreeNode node)
        {
            var result = new List<SuppressionRule>();
            if (node is not YamlSequenceNode sequence)
            {
                Fail(node, "suppressions", "suppressions must be a list of mappings with rule, justification and optional path, document, owner, expires.");
                return result;
            }

            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var path = $"suppressions[{i}]";
                var item = sequence.Items[i];
                if (item is not YamlMappingNode mapping)
                {
                    Fail(item, path, "A suppression is a mapping with rule, justification and optional path, document, owner, expires.");
                    continue;
                }

                string? rule = null, at = null, document = null, justification = null, owner = null;
                DateOnly? expires = null;
                var valid = true;
                foreach (var (keyNode, value, key) in Entries(mapping, path))
                {
                    var field = path + "." + key;
                    switch (key)
                    {
                        case "rule":
                            rule = Text(value, field);
                            if (rule is not null && !RuleKey().IsMatch(rule))
                            {
                                Fail(value, field, $"'{rule}' is not a rule ID (letters then digits, like PC0603) or prefix ending in *.");
                                valid = false;
                            }

                            break;
                        case "path":
                            at = Text(value, field);
                            break;
                        case "document":
                            document = Text(value, field);
                            if (document is not null && Glob.Problem(document) is { } problem)
                            {
                                Fail(value, field, problem);
                                valid = false;
                            }

                            break;
                        case "justification":
                            justification = Text(value, field);
                            break;
                        case "owner":
                            owner = Text(value, field);
                            break;
                        case "expires":
                            var text = Text(value, field);
                            if (text is not null)
                            {
                                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                                {
                                    expires = date;
                                }
                                else
                                {
                                    Fail(value, field, $"expires must be a date as YYYY-MM-DD; found '{text}'.");
                                    valid = false;
                                }
                            }

                            break;
                        default:
                            var suggestion = Suggestions.Closest(key, SuppressionKeys);
                            Fail(keyNode, field, $"Unknown suppression key '{key}'" + (suggestion is null ? $"; known keys: {string.Join(", ", SuppressionKeys)}." : $"; did you mean '{suggestion}'?"));
                            valid = false;
                            break;
                    }
                }

                if (rule is null)
                {
                    Fail(item, path, "A suppression needs the rule it suppresses (rule: PC0603).");
                    continue;
                }

                if (valid)
                {
                    result.Add(new SuppressionRule
                    {
                        Rule = rule,
                        Path = at,
                        Document = document,
                        Justification = justification,
                        Owner = owner,
                        Expires = expires,
                        Location = At(file, path, item.Start),
                    });
                }
            }

            return result;
        }

        private IEnumerable<(YamlTreeNode Key, YamlTreeNode Value, string Name)> Entries(YamlTreeNode node, string path)
        {
            if (node is YamlScalarNode { IsNull: true })
            {
                yield break;
            }

            if (node is not YamlMappingNode mapping)
            {
                Fail(node, path, $"{path} must be a mapping; found {Describe(node)}.");
                yield break;
            }

            foreach (var (key, value) in mapping.Entries)
            {
                if (key is YamlScalarNode { Value: var name })
                {
                    yield return (key, value, name);
                }
                else
                {
                    Fail(key, path, "A key must be text.");
                }
            }
        }

        private Severity? Severity(YamlTreeNode node, string path)
        {
            var text = Text(node, path);
            if (text is null)
            {
                return null;
            }

            if (SeverityNames.TryParse(text, ignoreCase: true, out var severity))
            {
                return severity;
            }

            Fail(node, path, $"'{text}' is not a severity; expected error, warning, info or none.");
            return null;
        }

        private bool? Bool(YamlTreeNode node, string path)
        {
            if (node is YamlScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" })
            {
                return true;
            }

            if (node is YamlScalarNode { IsPlain: true, Value: "false" or "False" or "FALSE" })
            {
                return false;
            }

            Fail(node, path, $"{path} must be true or false; found {Describe(node)}.");
            return null;
        }

        private string? Text(YamlTreeNode node, string path)
        {
            if (node is YamlScalarNode { IsNull: false } scalar)
            {
                return scalar.Value;
            }

            Fail(node, path, $"{path} must be text; found {Describe(node)}.");
            return null;
        }

        /// <summary>A path relative to the configuration file, as a path from the current folder; <c>null</c> (and NE0103) when it names no file.</summary>
        private string? Relative(YamlTreeNode node, string setting, string path)
        {
            if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
            {
                Fail(node, setting, $"{setting} must name a file; found {Describe(node)}.");
                return null;
            }

            return Path.IsPathRooted(path)
                ? path
                : Glob.Normalise(Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? string.Empty, path))));
        }

        private static string Describe(YamlTreeNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode { IsNull: true } => "nothing",
            YamlScalarNode scalar => $"'{MessageText.Quote(scalar.Value)}'",
            _ => "a value",
        };

        private void Fail(YamlTreeNode node, string path, string message) => errors.Add(Error(At(file, path, node), message));
    }
}
