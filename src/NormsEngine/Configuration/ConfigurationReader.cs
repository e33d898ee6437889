using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Packs;

namespace NormsEngine.Configuration;

/// <summary>
/// Reads the mapping of one <c>norms.config.yaml</c> into a <see cref="NormsConfiguration"/> with the strict
/// <see cref="NodeReader"/>: an NE0103 per mistake, at its line and column; every setting's location is kept, so that
/// the settings no loaded pack defines can be reported where they are written (<see cref="ConfigurationFile.Validate"/>).
/// </summary>
internal sealed partial class ConfigurationReader
{
    private static readonly KeyKind SettingKeys = new("configuration key", AllowsExtensions: false);
    private static readonly KeyKind SuppressionKeys = new("suppression key", AllowsExtensions: false);
    private static readonly KeyKind RuleKeys = new("rule", AllowsExtensions: false);
    private static readonly KeyKind PrincipleKeys = new("principle", AllowsExtensions: false);
    private static readonly KeyKind ThresholdKeys = new("threshold", AllowsExtensions: false);

    private readonly string _file;
    private readonly NodeReader _reader;
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public ConfigurationReader(string file, List<Finding> errors, SourceText? source = null)
    {
        _file = file;
        _reader = new NodeReader(file, errors, EngineDiagnostics.InvalidConfiguration, "a configuration file", "The configuration file") { Source = source };
    }

    public NormsConfiguration Read(YamlMappingNode root)
    {
        var configuration = NormsConfiguration.Default with { File = _file };
        if (!_reader.TagIsAllowed(root, string.Empty))
        {
            return configuration;
        }

        var settings = _reader.Entries(root, string.Empty, SettingKeys, ConfigurationFile.TopLevelKeys, string.Empty);
        foreach (var (key, value, path) in settings)
        {
            _locations[path] = _reader.Locate(key, path);
            switch (path)
            {
                case "apiVersion" or "kind":
                    var expected = path == "kind" ? "Configuration" : "norms/v1";
                    if (_reader.Text(value, path, path) is { } text && text != expected)
                    {
                        _reader.Report(value, path, $"{path} must be '{expected}'; found '{NodeReader.Quote(text)}'.");
                    }

                    break;
                case "root":
                    configuration = configuration with { Root = _reader.Bool(value, path, path) ?? false };
                    break;
                case "packs":
                    configuration = configuration with { Packs = Packs(value) };
                    break;
                case "rules" or "principles":
                    configuration = configuration with { Severities = Merge(configuration.Severities, Severities(value, path, isPrinciple: path == "principles")) };
                    break;
                case "thresholds":
                    configuration = configuration with { Thresholds = Thresholds(value) };
                    break;
                case "suppressions":
                    configuration = configuration with { Suppressions = Suppressions(value) };
                    break;
                case "failOn":
                    configuration = configuration with { FailOn = Severity(value, path) ?? Diagnostics.Severity.Error };
                    break;
                default: // baseline
                    if (_reader.Text(value, path, path) is { } baseline && Relative(value, path, baseline) is { } relative)
                    {
                        configuration = configuration with { Baseline = relative };
                    }

                    break;
            }
        }

        foreach (var (name, expected) in (ReadOnlySpan<(string, string)>)[("apiVersion", "norms/v1"), ("kind", "Configuration")])
        {
            if (!settings.Contains(name))
            {
                _reader.Report(root, string.Empty, $"{name} is missing; a configuration file declares {name}: {expected}.");
            }
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
        if (_reader.Sequence(node, "packs", "packs", "a list: paris-call, or paths to pack files") is not { } sequence)
        {
            return ["paris-call"];
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var path = NodeReader.Item("packs", i);
            if (_reader.Text(item, path, path) is { } pack && (PackReference.IsFile(pack) ? Relative(item, path, pack) : pack) is { } entry)
            {
                packs.Add(entry);
                _locations[path] = _reader.Locate(item, path);
            }
        }

        return packs;
    }

    private Dictionary<string, Severity> Severities(YamlTreeNode node, string section, bool isPrinciple)
    {
        var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (_reader.Mapping(node, section, section, "a mapping", allowNull: true) is not { } mapping)
        {
            return result;
        }

        foreach (var (key, value, path) in _reader.Entries(mapping, section, isPrinciple ? PrincipleKeys : RuleKeys))
        {
            var name = key.Value;
            var valid = isPrinciple ? name is ['P', >= '1' and <= '9'] : RuleKey().IsMatch(name);
            if (!valid)
            {
                _reader.Report(key, path, isPrinciple
                    ? $"'{NodeReader.Quote(name)}' is not a principle; principles are P1 to P9."
                    : $"'{NodeReader.Quote(name)}' is not a rule ID or ID prefix (letters then digits, like PC0702, or a prefix ending in *, like PC07*).");
                continue;
            }

            _locations[path] = _reader.Locate(key, path);
            if (Severity(value, path) is { } severity)
            {
                if (!isPrinciple && EngineDiagnostics.CannotBeLowered(name) && severity != Diagnostics.Severity.Error)
                {
                    // evaluation.md: a document with one of these is never evaluated, whatever its severity says.
                    _reader.Report(value, path, $"{name} cannot be lowered: a document with {name} cannot be evaluated, so it stays an error. Remove this entry.");
                    continue;
                }

                result[name] = severity;
            }
        }

        return result;
    }

    private Dictionary<string, decimal> Thresholds(YamlTreeNode node)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (_reader.Mapping(node, "thresholds", "thresholds", "a mapping", allowNull: true) is not { } mapping)
        {
            return result;
        }

        foreach (var (key, value, path) in _reader.Entries(mapping, "thresholds", ThresholdKeys))
        {
            _locations[path] = _reader.Locate(key, path);
            const string Expected = "a number, 0 or more";
            var subject = $"Threshold '{NodeReader.Quote(key.Value)}'";
            if (_reader.Number(value, path, subject, Expected) is not { } number)
            {
                continue;
            }

            if (number < 0)
            {
                _reader.Invalid(value, path, subject, Expected);
                continue;
            }

            result[key.Value] = number;
        }

        return result;
    }

    private List<SuppressionRule> Suppressions(YamlTreeNode node)
    {
        const string What = "a mapping with rule, justification and optional path, document, owner, expires";
        var result = new List<SuppressionRule>();
        if (_reader.Sequence(node, "suppressions", "suppressions", "a list of mappings with rule, justification and optional path, document, owner, expires") is not { } sequence)
        {
            return result;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = NodeReader.Item("suppressions", i);
            var item = sequence.Items[i];
            if (_reader.Mapping(item, path, "A suppression", What) is not { } mapping)
            {
                continue;
            }

            var errorsBefore = _reader.Count;
            string? rule = null, at = null, document = null, justification = null, owner = null;
            DateOnly? expires = null;
            var fields = _reader.Entries(mapping, path, SuppressionKeys, ConfigurationFile.SuppressionKeys, string.Empty);
            foreach (var (key, value, field) in fields)
            {
                switch (key.Value)
                {
                    case "rule":
                        rule = _reader.Text(value, field, field);
                        if (rule is not null && !RuleKey().IsMatch(rule))
                        {
                            _reader.Report(value, field, $"'{NodeReader.Quote(rule)}' is not a rule ID (letters then digits, like PC0603) or prefix ending in *.");
                        }

                        break;
                    case "path":
                        at = _reader.Text(value, field, field);
                        break;
                    case "document":
                        document = _reader.Text(value, field, field);
                        if (document is not null && Glob.Problem(document) is { } problem)
                        {
                            _reader.Report(value, field, problem);
                        }

                        break;
                    case "justification":
                        justification = _reader.Text(value, field, field);
                        break;
                    case "owner":
                        owner = _reader.Text(value, field, field);
                        break;
                    default: // expires
                        expires = _reader.Date(value, field, "expires");
                        break;
                }
            }

            if (!fields.Contains("rule"))
            {
                _reader.Report(item, path, "A suppression needs the rule it suppresses (rule: PC0603).");
            }
            else if (_reader.Count == errorsBefore)
            {
                result.Add(new SuppressionRule
                {
                    Rule = rule!,
                    Path = at,
                    Document = document,
                    Justification = justification,
                    Owner = owner,
                    Expires = expires,
                    Location = NodeReader.Locate(_file, path, item.Start, item.Start),
                });
            }
        }

        return result;
    }

    private Severity? Severity(YamlTreeNode node, string path) =>
        _reader.Choice(node, path, SeverityNames.All, quoted => $"{quoted} is not a severity", "error, warning, info or none", ignoreCase: true) is { } name
        && SeverityNames.TryParse(name, ignoreCase: false, out var severity)
            ? severity
            : null;

    /// <summary>A path relative to the configuration file, as a path from the current folder; <c>null</c> (and NE0103) when it names no file.</summary>
    private string? Relative(YamlTreeNode node, string setting, string path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            _reader.Invalid(node, setting, setting, "the name of a file");
            return null;
        }

        return Path.IsPathRooted(path)
            ? path
            : Glob.Normalise(Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(_file) ?? string.Empty, path))));
    }

    [GeneratedRegex(@"^[A-Za-z]+(\d+|\d*\*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleKey();
}
