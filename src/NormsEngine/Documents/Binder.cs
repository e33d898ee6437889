using System.Globalization;
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

    private readonly string? _file;
    private readonly List<Finding> _findings;
    private readonly SourceMap _map;
    private readonly Dictionary<string, object?> _extensions = new(StringComparer.Ordinal);

    private Binder(string? file, SourceMap map, List<Finding> findings)
    {
        _file = file;
        _map = map;
        _findings = findings;
    }

    public static PracticesDocument Bind(RawDocument raw, string? file)
    {
        var findings = new List<Finding>(raw.Findings);
        var map = new SourceMap(file, raw.Start, raw.NodeCount);
        Organisation? organisation = null;
        if (!raw.IsUnreadable)
        {
            organisation = new Binder(file, map, findings).BindRoot(raw);
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

        Report(EngineDiagnostics.UnsupportedKind, root.Start, root.Start, string.Empty,
            $"{name} is missing; a practices document declares {name}: {expected}.");
        return null;
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
            if (keyNode is not YamlScalarNode key)
            {
                Report(EngineDiagnostics.InvalidValue, keyNode, path,
                    $"A field name must be text; found a {Describe(keyNode)} as a key{In(path)}.");
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

            Report(EngineDiagnostics.UnknownField, key, childPath, UnknownFieldMessage(name, path, shape, alsoKnown));
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
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
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

    private static string UnknownFieldMessage(string name, string path, FieldShape shape, IReadOnlyCollection<string>? alsoKnown)
    {
        var known = shape.Fields.Select(f => f.Name).Concat(alsoKnown ?? []).ToList();
        var suggestion = Suggestions.Closest(name, known);
        var where = path.Length == 0 ? "at the top level" : $"in {path}";
        return suggestion is not null
            ? $"Unknown field '{Shorten(name)}' {where}; did you mean '{suggestion}'?"
            : $"Unknown field '{Shorten(name)}' {where}; known fields: {string.Join(", ", known)}. Extension fields start with x-.";
    }

    private void Report(RuleDescriptor descriptor, YamlTreeNode node, string path, string message) =>
        Report(descriptor, node.Start, node.End, path, message);

    private void Report(RuleDescriptor descriptor, TextPoint start, TextPoint end, string path, string message)
    {
        if (end.Line < start.Line || (end.Line == start.Line && end.Column <= start.Column))
        {
            end = start with { Column = start.Column + 1 };
        }

        _findings.Add(new Finding(descriptor, message, new SourceLocation(_file, path, start.Line, start.Column, end.Line, end.Column)));
    }

    private void Report(RuleDescriptor descriptor, SourceLocation at, string path, string message) =>
        _findings.Add(new Finding(descriptor, message, at with { Path = path }));

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string In(string path) => path.Length == 0 ? string.Empty : $" in {path}";

    private static string Describe(YamlTreeNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "scalar",
    };

    private static string Shorten(string value) => YamlTreeNode.Shorten(value);

    /// <summary>A date written <c>YYYY-MM-DD</c> (digits only, a real calendar date), or <c>null</c>; read by hand, as dates are in every document.</summary>
    internal static DateOnly? IsoDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return null;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
