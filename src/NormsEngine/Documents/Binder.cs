using NormsEngine.Diagnostics;
using NormsEngine.Model;

namespace NormsEngine.Documents;

/// <summary>
/// Binds a document's YAML tree to the <see cref="Organisation"/> model, strictly: unknown fields (NE0002),
/// wrong types and ranges (NE0003), missing apiVersion/kind (NE0006) and required fields (NE0007) are findings
/// with the value's line and column; one bad value never hides the others. Fills the <see cref="SourceMap"/>.
/// </summary>
internal sealed partial class Binder
{
    private const string ApiVersion = "norms/v1";
    private const string Kind = "Organisation";

    private static readonly KeyKind Fields = new("field", AllowsExtensions: true);

    private readonly NodeReader _reader;
    private readonly SourceMap _map;
    private readonly Dictionary<string, object?> _extensions = new(StringComparer.Ordinal);

    /// <summary>The root mapping, once read: where a missing header goes.</summary>
    private YamlMappingNode? _root;

    private Binder(string? file, SourceMap map, List<Finding> findings, SourceText? source)
    {
        _reader = new NodeReader(file, findings, EngineDiagnostics.InvalidValue, "a practices document", "The document", EngineDiagnostics.UnknownField) { Source = source };
        _map = map;
    }

    public static PracticesDocument Bind(RawDocument raw, string? file)
    {
        var findings = new List<Finding>(raw.Findings);
        var map = new SourceMap(file, raw.Start, raw.NodeCount);
        Organisation? organisation = null;
        if (!raw.IsUnreadable)
        {
            organisation = new Binder(file, map, findings, raw.Source).BindRoot(raw);
        }

        findings.Sort(static (a, b) =>
            a.Location.Line != b.Location.Line ? a.Location.Line.CompareTo(b.Location.Line) : a.Location.Column.CompareTo(b.Location.Column));
        return new PracticesDocument(file, raw.Index, raw.Start.Line, organisation, map, findings);
    }

    private Organisation? BindRoot(RawDocument raw)
    {
        if (raw.Root is null || (raw.Root is YamlScalarNode scalar && scalar.IsNull))
        {
            Report(EngineDiagnostics.UnsupportedKind, raw.Start, raw.Start, string.Empty,
                $"The document is empty; a practices document starts with apiVersion: {ApiVersion} and kind: {Kind}.");
            return null;
        }

        if (!TagIsAllowed(raw.Root, string.Empty))
        {
            return null;
        }

        if (raw.Root is not YamlMappingNode root)
        {
            Report(EngineDiagnostics.UnsupportedKind, raw.Root, string.Empty,
                $"A practices document is a mapping that starts with apiVersion: {ApiVersion} and kind: {Kind}; this document is a {Describe(raw.Root)}.");
            return null;
        }

        _map.Add(string.Empty, null, root);
        _root = root;
        CheckHeader(root, "apiVersion", ApiVersion);
        if (CheckHeader(root, "kind", Kind) is "Configuration" or "RulePack")
        {
            // Another norms file passed as a document: its fields would each be an unknown field (NE0002), which
            // would bury the one finding that says what to do instead.
            return null;
        }

        var organisation = (Organisation)BindObject(root, FieldCatalog.Organisation, string.Empty, ["apiVersion", "kind"])!;
        return _extensions.Count == 0 ? organisation : organisation with { Extensions = _extensions };
    }

    /// <summary>Reports NE0006 unless the header field <paramref name="name"/> is <paramref name="expected"/>; returns the value found, if text.</summary>
    private string? CheckHeader(YamlMappingNode root, string name, string expected)
    {
        foreach (var (key, value) in root.Entries)
        {
            if (key is YamlScalarNode { Value: var k } && k == name)
            {
                _map.Add(name, key, value);
                if (!TagIsAllowed(value, name) || (value is YamlScalarNode scalar && Resolve(scalar, name) is null))
                {
                    return null;
                }

                if (value is not YamlScalarNode { Value: var actual } || actual != expected)
                {
                    var found = value is YamlScalarNode s ? $"'{Shorten(s.Value)}'" : $"a {Describe(value)}";
                    Report(EngineDiagnostics.UnsupportedKind, value, name,
                        $"{name} must be '{expected}'; found {found}{OtherFileHint(name, value)}.");
                }

                return value is YamlScalarNode text ? text.Value : null;
            }
        }

        _reader.Report(NodeReader.Locate(_reader.File, string.Empty, root.Start, root.Start),
            $"{name} is missing; a practices document declares {name}: {expected}.", EngineDiagnostics.UnsupportedKind, HeaderFix(root, name, expected));
        return null;
    }

    /// <summary>
    /// The fix of a missing header field: <c>name: expected</c> written as the root mapping's first entry (so after
    /// any leading comments), with its indentation; <c>kind</c> goes after an <c>apiVersion</c> that is the first
    /// entry. In a flow mapping (<c>{ a: 1 }</c>) the entry goes first, followed by a comma.
    /// </summary>
    private CodeFix? HeaderFix(YamlMappingNode root, string name, string expected)
    {
        if (_reader.Source is not { } source || source.Offset(root.Start) is not { } start)
        {
            return null;
        }

        var entry = $"{name}: {expected}";
        if (!root.Entries.Any(e => e.Key is YamlScalarNode { Value: "apiVersion" or "kind" }))
        {
            // Both missing: both findings carry the one fix that adds both, in order (applied once: the edits are equal).
            return Insert(start, [$"apiVersion: {ApiVersion}", $"kind: {Kind}"], "Add apiVersion and kind");
        }

        return Insert(start, [entry], $"Add {entry}");
    }

    private CodeFix? Insert(int start, string[] entries, string title)
    {
        var source = _reader.Source!;
        var text = source.Text;
        var root = _root!;
        var name = entries.Length == 1 ? entries[0][..entries[0].IndexOf(':', StringComparison.Ordinal)] : "apiVersion";
        var entry = string.Join(", ", entries);
        if (text[start] == '{')
        {
            var at = start + 1;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            return at < text.Length && text[at] != '}' ? Fix(source.Edit(_reader.File, at, at, entry + ", ")) : null;
        }

        if (!string.IsNullOrWhiteSpace(text[source.LineStart(root.Start.Line)..start]) || text[source.LineStart(root.Start.Line)..start].Contains('\t', StringComparison.Ordinal))
        {
            return null; // the mapping starts after other text on its line (--- a: 1): no place for a line of its own
        }

        var indent = SourceText.Indent(root.Start.Column - 1);
        entry = string.Join(source.NewLine + indent, entries);
        if (name == "kind" && root.Entries.Count > 0 && root.Entries[0] is { Key: YamlScalarNode { Value: "apiVersion" } key, Value: YamlScalarNode value }
            && value.End.Line == key.Start.Line && source.Offset(value.End) is { } valueEnd && IsLineRest(text[valueEnd..source.LineEnd(key.Start.Line)]))
        {
            var line = key.Start.Line;
            return line < source.LineCount
                ? Fix(source.Edit(_reader.File, source.LineStart(line + 1), source.LineStart(line + 1), indent + entry + source.NewLine))
                : Fix(source.Edit(_reader.File, text.Length, text.Length, source.NewLine + indent + entry));
        }

        return Fix(source.Edit(_reader.File, start, start, entry + source.NewLine + indent));

        CodeFix Fix(TextEdit edit) => new(title, EngineDiagnostics.UnsupportedKind.Id, [edit]);
        static bool IsLineRest(string rest) => rest.TrimStart(' ').Length == 0 || rest.TrimStart(' ').StartsWith('#');
    }

    /// <summary>For a <c>kind</c> of another norms file, where that file goes instead of the document inputs.</summary>
    private static string OtherFileHint(string name, YamlTreeNode value) => name == "kind" && value is YamlScalarNode scalar
        ? scalar.Value switch
        {
            "Configuration" => ": this is a configuration file (norms.config.yaml), not a practices document; pass it with --config",
            "RulePack" => ": this is a rule pack, not a practices document; pass it with --pack",
            _ => string.Empty,
        }
        : string.Empty;

    private object? BindObject(YamlMappingNode node, FieldShape shape, string path, IReadOnlyCollection<string>? alsoKnown = null)
    {
        var instance = Activator.CreateInstance(shape.ClrType)!;
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in node.Entries)
        {
            if (_reader.Key(keyNode, path, Fields) is not { } key)
            {
                continue;
            }

            var name = key.Value;
            var childPath = Child(path, name);
            if (!TagIsAllowed(key, childPath))
            {
                declared.Add(name); // NE0003 says what is wrong with the key; the field is not also missing
                continue;
            }

            if (alsoKnown is not null && alsoKnown.Contains(name))
            {
                continue;
            }

            if (shape.FieldsByName.TryGetValue(name, out var field))
            {
                var value = BindValue(valueNode, field.Shape, childPath, key);
                if (value is not null)
                {
                    // A field written with no value (null) is not declared: a required one is still missing.
                    declared.Add(name);
                    field.Property.SetValue(instance, value);
                }
                else if (valueNode is not YamlScalarNode { IsNull: true })
                {
                    declared.Add(name); // declared with an invalid value: NE0003 already says so
                }

                continue;
            }

            if (name.StartsWith("x-", StringComparison.Ordinal))
            {
                _extensions[childPath] = Plain(valueNode, childPath, key);
                continue;
            }

            _reader.UnknownKey(key, childPath, Fields, [.. shape.Fields.Select(f => f.Name), .. alsoKnown ?? []], path.Length == 0 ? " at the top level" : " in " + path);
        }

        foreach (var field in shape.Fields)
        {
            if (declared.Contains(field.Name))
            {
                continue;
            }

            if (field.Required)
            {
                Report(EngineDiagnostics.MissingRequiredField, _map.FindNearest(Child(path, field.Name)), Child(path, field.Name),
                    $"{Child(path, field.Name)} is required{In(path)}.");
            }
            else if (field.Shape.Kind == ValueKind.Object && field.Shape.Fields.FirstOrDefault(f => f.Required) is { } required)
            {
                var missing = Child(Child(path, field.Name), required.Name);
                Report(EngineDiagnostics.MissingRequiredField, _map.FindNearest(missing), missing,
                    $"{missing} is required; the document has no {Child(path, field.Name)} section.");
            }
        }

        return instance;
    }

    private object? BindValue(YamlTreeNode node, FieldShape shape, string path, YamlTreeNode? key)
    {
        _map.Add(path, key, node);
        if (!TagIsAllowed(node, path))
        {
            return null;
        }

        if (node is YamlScalarNode { IsNull: true })
        {
            return null;
        }

        switch (shape.Kind)
        {
            case ValueKind.Object:
                if (node is YamlMappingNode mapping)
                {
                    return BindObject(mapping, shape, path);
                }

                return Invalid(node, path, shape);
            case ValueKind.List:
                if (node is YamlSequenceNode sequence)
                {
                    return BindList(sequence, shape, path);
                }

                return Invalid(node, path, shape);
            default:
                if (node is YamlScalarNode scalar)
                {
                    return BindScalar(scalar, shape, path);
                }

                return Invalid(node, path, shape);
        }
    }

    private Array BindList(YamlSequenceNode sequence, FieldShape shape, string path)
    {
        var element = shape.Element!;
        var items = new List<object>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = NodeReader.Item(path, i);
            var item = sequence.Items[i];
            if (item is YamlScalarNode { IsNull: true })
            {
                _map.Add(itemPath, null, item);
                Report(EngineDiagnostics.InvalidValue, item, itemPath, $"{itemPath} is empty; expected {element.Describe()}.");
                continue;
            }

            var value = BindValue(item, element, itemPath, null);
            if (value is Supplier supplier)
            {
                value = supplier with { Index = i };
            }

            // A list of enum values ignores duplicates, as the spec says.
            if (value is not null && !(element.Kind == ValueKind.Enum && items.Contains(value)))
            {
                items.Add(value);
            }
        }

        var array = Array.CreateInstance(element.ClrType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    private void Report(RuleDescriptor descriptor, YamlTreeNode node, string path, string message) =>
        _reader.Report(node, path, message, descriptor);

    private void Report(RuleDescriptor descriptor, TextPoint start, TextPoint end, string path, string message) =>
        _reader.Report(start, end, path, message, descriptor);

    private void Report(RuleDescriptor descriptor, SourceLocation at, string path, string message) =>
        _reader.Report(at with { Path = path }, message, descriptor);

    private static string Child(string path, string name) => NodeReader.Child(path, name);

    private static string In(string path) => NodeReader.In(path);

    private static string Describe(YamlTreeNode node) => NodeReader.Kind(node);

    private static string Shorten(string value) => NodeReader.Quote(value);
}
