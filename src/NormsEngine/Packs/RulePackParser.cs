using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Packs;

/// <summary>
/// Reads a YAML rule pack with the guarded <see cref="YamlReader"/> and the strict <see cref="NodeReader"/>, checks
/// every part of it against the language and the practices model, and builds the <see cref="YamlRulePack"/>. Every
/// mistake is an NE0101 finding with the pack file's line and column and, where one is close, a "did you mean"; all
/// are reported, not only the first. This part reads the pack's header and its rules; their conditions are read in
/// <c>RulePackParser.Conditions.cs</c> and their messages by <see cref="MessageTemplate"/>.
/// </summary>
internal sealed partial class RulePackParser
{
    private const string ApiVersion = "norms/v1";
    private const string Kind = "RulePack";

    private static readonly KeyKind Keys = new("key", AllowsExtensions: true);
    private static readonly KeyKind ThresholdNames = new("threshold", AllowsExtensions: false);
    private static readonly string[] TopKeys = ["apiVersion", "kind", "metadata", "thresholds", "rules"];
    private static readonly string[] MetadataKeys = ["id", "version", "title", "owner", "helpUri"];
    private static readonly string[] RuleKeys =
        ["id", "title", "principle", "severity", "since", "forEach", "appliesWhen", "failsWhen", "message", "remediation", "description", "references"];

    private static readonly string[] PrincipleIds = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];

    private readonly HashSet<string> _thresholds;
    private readonly List<Finding> _errors = [];
    private readonly NodeReader _reader;

    private RulePackParser(string file, IEnumerable<string> knownThresholds)
    {
        _thresholds = new HashSet<string>(knownThresholds, StringComparer.Ordinal);
        _reader = new NodeReader(file, _errors, EngineDiagnostics.PackLoadFailed, "a rule pack", "The rule pack");
    }

    public static RulePackLoadResult Parse(string text, string file, IEnumerable<string> knownThresholds) =>
        new RulePackParser(file, knownThresholds).Parse(text);

    /// <summary>An NE0101 finding that concerns the whole file (cannot be read, too large).</summary>
    public static Finding FileError(string file, string message) =>
        new(EngineDiagnostics.PackLoadFailed, MessageText.Line(message), new SourceLocation(file, string.Empty, 1, 1, 1, 1));

    private RulePackLoadResult Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var documents = new YamlReader(_reader.File, ReaderLimits.Default).Read(text);
        _reader.Source = documents.Count == 1 ? documents[0].Source : null;
        foreach (var finding in documents.SelectMany(d => d.Findings))
        {
            _reader.Report(finding.Location, finding.Message);
        }

        if (documents.Count > 1)
        {
            var second = documents[1].Start;
            _reader.Report(second, second, string.Empty, $"A pack file holds one YAML document; document {documents.Count} starts here. Put each pack in its own file.");
        }

        var root = documents.FirstOrDefault()?.Root;
        YamlRulePack? pack = null;
        if (root is YamlMappingNode mapping)
        {
            pack = _reader.TagIsAllowed(mapping, string.Empty) ? ParsePack(mapping) : null;
        }
        else if (_errors.Count == 0)
        {
            _reader.Report(root?.Start ?? new TextPoint(1, 1), root?.End ?? new TextPoint(1, 1), string.Empty,
                "A rule pack is a mapping that starts with apiVersion: norms/v1 and kind: RulePack" + (root is null ? "; the file is empty." : "."));
        }

        return _errors.Count == 0
            ? new RulePackLoadResult(pack, [])
            : new RulePackLoadResult(null, [.. _errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column)]);
    }

    private YamlRulePack? ParsePack(YamlMappingNode root)
    {
        var entries = _reader.Entries(root, string.Empty, Keys, TopKeys, " in a rule pack");
        Constant(entries, "apiVersion", ApiVersion, root);
        Constant(entries, "kind", Kind, root);

        string? id = null, version = null, title = null, owner = null, helpUri = null;
        if (_reader.Require(entries, "metadata", root, string.Empty, "The rule pack") is { } metadataEntry
            && _reader.Mapping(metadataEntry.Value, metadataEntry.Path, "metadata", $"a mapping with {string.Join(", ", MetadataKeys)}") is { } metadata)
        {
            var fields = _reader.Entries(metadata, "metadata", Keys, MetadataKeys, " in metadata");
            id = Text(fields, "id", metadata, "metadata", required: "metadata");
            if (id is not null && !PackIdPattern().IsMatch(id))
            {
                _reader.Report(fields["id"].Value, "metadata.id", $"Pack ID '{NodeReader.Quote(id)}' must be letters, digits, '.', '-' or '_', starting with a letter or digit (for example contoso.nis2).");
            }

            version = Text(fields, "version", metadata, "metadata", required: "metadata");
            if (version is not null && !SemVerPattern().IsMatch(version))
            {
                _reader.Report(fields["version"].Value, "metadata.version", $"Pack version '{NodeReader.Quote(version)}' is not a SemVer version (MAJOR.MINOR.PATCH, for example 1.2.0).");
            }

            title = Text(fields, "title", metadata, "metadata", required: "metadata");
            owner = Text(fields, "owner", metadata, "metadata");
            helpUri = Text(fields, "helpUri", metadata, "metadata");
            if (helpUri is not null && HelpUri(helpUri, "X0001") is null)
            {
                _reader.Report(fields["helpUri"].Value, "metadata.helpUri", $"helpUri '{NodeReader.Quote(helpUri)}' is not an absolute http or https URL ({{id}} is replaced by the rule ID).");
            }
        }

        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (entries.TryGetValue("thresholds", out var thresholdsEntry))
        {
            ParseThresholds(thresholdsEntry, thresholds);
        }

        _thresholds.UnionWith(thresholds.Keys);

        var rules = new List<PackRule>();
        if (_reader.Require(entries, "rules", root, string.Empty, "The rule pack") is { } rulesEntry
            && _reader.Sequence(rulesEntry.Value, "rules", "rules", "a list of rules", allowNull: true) is { } sequence)
        {
            var seen = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                if (ParseRule(sequence.Items[i], i, seen, id ?? string.Empty, helpUri, version) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }

        return _errors.Count == 0
            ? new YamlRulePack(id!, version!, title!, owner ?? string.Empty, thresholds, rules)
            : null;
    }

    private void ParseThresholds(YamlEntry entry, Dictionary<string, decimal> thresholds)
    {
        if (_reader.Mapping(entry.Value, "thresholds", "thresholds", "a mapping of name to number", allowNull: true) is not { } mapping)
        {
            return;
        }

        foreach (var (key, value, path) in _reader.Entries(mapping, "thresholds", ThresholdNames))
        {
            if (!ThresholdNamePattern().IsMatch(key.Value))
            {
                _reader.Report(key, path, $"Threshold name '{NodeReader.Quote(key.Value)}' must be letters and digits, starting with a letter (for example maxSupplierNoticeHours).");
            }
            else if (_reader.Number(value, path, $"Threshold {key.Value}") is { } number)
            {
                thresholds[key.Value] = number;
            }
        }
    }

    private PackRule? ParseRule(YamlTreeNode node, int index, Dictionary<string, YamlTreeNode> seen, string packId, string? helpUri, string? packVersion)
    {
        var path = NodeReader.Item("rules", index);
        if (node is not YamlMappingNode mapping)
        {
            _reader.Report(node, path, $"A rule is a mapping with id, title, principle, severity, failsWhen and message; found {NodeReader.Found(node)}.");
            return null;
        }

        var errorsBefore = _reader.Count;
        if (!_reader.TagIsAllowed(mapping, path))
        {
            return null;
        }

        var fields = _reader.Entries(mapping, path, Keys, RuleKeys, " in a rule");
        var id = Text(fields, "id", mapping, path, required: path);
        if (id is not null)
        {
            var idNode = fields["id"].Value;
            if (!RuleDescriptor.IsValidId(id))
            {
                _reader.Report(idNode, path + ".id", $"Rule ID '{NodeReader.Quote(id)}' must be letters followed by digits (for example CTS0101).");
            }
            else if (seen.TryGetValue(id, out var first))
            {
                _reader.Report(idNode, path + ".id", $"Rule ID {id} is already used by the rule at line {first.Start.Line.ToString(CultureInfo.InvariantCulture)}; rule IDs are unique within a pack.");
            }
            else
            {
                seen.Add(id, idNode);
            }
        }

        var what = id is null ? $"The rule {path}" : $"Rule {id}";
        var title = Text(fields, "title", mapping, path, required: what);
        var principle = Choice(fields, "principle", PrincipleIds, mapping, path, what);
        var severity = Choice(fields, "severity", SeverityNames.RuleDefaults, mapping, path, what);

        string? forEach = null;
        if (fields.TryGetValue("forEach", out var forEachEntry))
        {
            forEach = PackPath.SuppliersPath;
            ParseForEach(forEachEntry);
        }

        PackCondition? appliesWhen = null;
        if (fields.TryGetValue("appliesWhen", out var appliesEntry))
        {
            appliesWhen = ParseCondition(appliesEntry.Value, appliesEntry.Path, forEach is not null);
        }

        PackCondition? failsWhen = null;
        if (_reader.Require(fields, "failsWhen", mapping, path, what) is { } failsEntry)
        {
            failsWhen = ParseCondition(failsEntry.Value, failsEntry.Path, forEach is not null);
        }

        MessageTemplate? message = null;
        if (Text(fields, "message", mapping, path, required: what) is not null)
        {
            var messageEntry = fields["message"];
            message = MessageTemplate.Parse((YamlScalarNode)messageEntry.Value, messageEntry.Path, forEach is not null, _reader);
        }

        var remediation = Text(fields, "remediation", mapping, path);
        var description = Text(fields, "description", mapping, path);
        var references = fields.TryGetValue("references", out var referencesEntry) ? ParseReferences(referencesEntry) : [];
        var since = Since(fields, mapping, path, packVersion);

        if (_reader.Count != errorsBefore)
        {
            return null;
        }

        var descriptor = RuleDescriptor.Create(
            id!,
            title!,
            message!.Format,
            packId,
            SeverityNames.TryParse(severity, ignoreCase: false, out var defaultSeverity) ? defaultSeverity : Severity.Info,
            description ?? string.Empty,
            remediation ?? string.Empty,
            principle: principle,
            references: references,
            tags: since is null ? ["pack:" + packId] : ["pack:" + packId, "since:" + since],
            helpUri: helpUri is null ? null : HelpUri(helpUri, id!));
        return new PackRule(descriptor, appliesWhen, failsWhen!, forEach, message.Arguments, _reader.Locate(fields["id"].Value, path + ".id"));
    }

    /// <summary>
    /// The rule's optional <c>since:</c>, the pack release that added it (shown by <c>norms rules list</c>): a SemVer
    /// version no later than the pack's own <c>metadata.version</c>.
    /// </summary>
    private string? Since(YamlEntries fields, YamlMappingNode mapping, string path, string? packVersion)
    {
        if (Text(fields, "since", mapping, path) is not { } since)
        {
            return null;
        }

        var node = fields["since"].Value;
        if (!SemVerPattern().IsMatch(since))
        {
            _reader.Report(node, path + ".since", $"since '{NodeReader.Quote(since)}' is not a SemVer version (MAJOR.MINOR.PATCH, the pack release that added the rule, for example 1.1.0).");
            return null;
        }

        if (packVersion is not null && SemVerPattern().IsMatch(packVersion) && CompareCore(since, packVersion) > 0)
        {
            _reader.Report(node, path + ".since", $"since {since} is later than the pack's version {packVersion}; a rule is added in a release up to the pack's own.");
            return null;
        }

        return since;
    }

    /// <summary>Orders two SemVer versions by MAJOR.MINOR.PATCH (pre-release and build suffixes aside).</summary>
    private static int CompareCore(string a, string b)
    {
        static Version Core(string v) => Version.Parse(v.Split('-', '+')[0]);
        return Core(a).CompareTo(Core(b));
    }

    private void ParseForEach(YamlEntry entry)
    {
        if (entry.Value is not YamlScalarNode { IsNull: false } scalar)
        {
            _reader.Report(entry.Value, entry.Path, $"forEach names a list of objects; the model has one: {PackPath.SuppliersPath}.");
            return;
        }

        if (_reader.Type(scalar, entry.Path) is null)
        {
            return;
        }

        var target = PackPath.Resolve(scalar.Value, forEach: false, out var error);
        if (target is null)
        {
            _reader.Report(scalar, entry.Path, error!);
        }
        else if (target.Text != PackPath.SuppliersPath)
        {
            _reader.Report(scalar, entry.Path, $"forEach names a list of objects, one outcome per item; '{NodeReader.Quote(scalar.Value)}' is not one. The model has one: {PackPath.SuppliersPath}.");
        }
    }

    private List<string> ParseReferences(YamlEntry entry)
    {
        var references = new List<string>();
        if (entry.Value is YamlScalarNode { IsNull: false } single)
        {
            if (_reader.Type(single, entry.Path) is not null)
            {
                references.Add(single.Value);
            }
        }
        else if (_reader.Sequence(entry.Value, entry.Path, "references", "a list of texts") is { } sequence)
        {
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var item = sequence.Items[i];
                if (_reader.Text(item, NodeReader.Item(entry.Path, i), "A reference", message: $"A reference is text (for example \"NIS2 Art. 23(4)(a)\"); found {NodeReader.Found(item)}.") is { } reference)
                {
                    references.Add(reference);
                }
            }
        }

        return references;
    }

    /// <summary>The text of <paramref name="name"/>; when absent, a finding that "<paramref name="required"/> has no" it, unless it is optional (<c>null</c>).</summary>
    private string? Text(YamlEntries fields, string name, YamlTreeNode owner, string ownerPath, string? required = null)
    {
        if (fields.TryGetValue(name, out var entry))
        {
            return _reader.Text(entry.Value, entry.Path, name, nonBlank: true);
        }

        if (required is not null)
        {
            _reader.Require(fields, name, owner, ownerPath, required);
        }

        return null;
    }

    private void Constant(YamlEntries entries, string name, string expected, YamlMappingNode root)
    {
        if (Text(entries, name, root, string.Empty, required: "The rule pack") is { } text && text != expected)
        {
            _reader.Report(entries[name].Value, name, $"{name} must be {expected}; found '{NodeReader.Quote(text)}'.");
        }
    }

    private string? Choice(YamlEntries fields, string name, IReadOnlyList<string> choices, YamlTreeNode owner, string ownerPath, string what) =>
        _reader.Require(fields, name, owner, ownerPath, what) is { } entry
            ? _reader.Choice(entry.Value, entry.Path, choices, quoted => $"Unknown {name} {quoted}")
            : null;

    private static Uri? HelpUri(string template, string id) =>
        Uri.TryCreate(template.Replace("{id}", id, StringComparison.Ordinal), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex PackIdPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex ThresholdNamePattern();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemVerPattern();
}
