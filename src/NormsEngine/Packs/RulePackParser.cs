using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Model;
using YamlDotNet.Core;

namespace NormsEngine.Packs;

/// <summary>
/// Reads a YAML rule pack with the guarded <see cref="YamlReader"/>, checks every part of it against the language
/// and the practices model, and builds the <see cref="YamlRulePack"/>. Every mistake is an NE0101 finding with the
/// pack file's line and column and, where one is close, a "did you mean"; all are reported, not only the first.
/// </summary>
internal sealed partial class RulePackParser
{
    private const string ApiVersion = "norms/v1";
    private const string Kind = "RulePack";

    private static readonly string[] TopKeys = ["apiVersion", "kind", "metadata", "thresholds", "rules"];
    private static readonly string[] MetadataKeys = ["id", "version", "title", "owner", "helpUri"];
    private static readonly string[] RuleKeys =
        ["id", "title", "principle", "severity", "forEach", "appliesWhen", "failsWhen", "message", "remediation", "description", "references"];

    private static readonly string[] PrincipleIds = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];
    private static readonly string[] Severities = [.. SeverityNames.RuleDefaults];
    private static readonly string[] Combinators = ["all", "any", "not"];
    private static readonly string[] OperandKeys = ["path", "threshold"];
    private static readonly string[] OperatorNames = [.. Enum.GetValues<TestOperator>().Select(PackTest.Name)];

    private static readonly FieldShape DaysShape = new() { Kind = ValueKind.Integer, ClrType = typeof(int), Unit = "days", Min = 0 };

    private readonly string _file;
    private readonly HashSet<string> _thresholds;
    private readonly List<Finding> _errors = [];

    private RulePackParser(string file, IEnumerable<string> knownThresholds)
    {
        _file = file;
        _thresholds = new HashSet<string>(knownThresholds, StringComparer.Ordinal);
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

        var documents = new YamlReader(_file, ReaderLimits.Default).Read(text);
        foreach (var finding in documents.SelectMany(d => d.Findings))
        {
            _errors.Add(new Finding(EngineDiagnostics.PackLoadFailed, MessageText.Line(finding.Message), finding.Location));
        }

        if (documents.Count > 1)
        {
            var second = documents[1].Start;
            Error(second, second, string.Empty, $"A pack file holds one YAML document; document {documents.Count} starts here. Put each pack in its own file.");
        }

        var root = documents.FirstOrDefault()?.Root;
        YamlRulePack? pack = null;
        if (root is YamlMappingNode mapping)
        {
            pack = ParsePack(mapping);
        }
        else if (_errors.Count == 0)
        {
            Error(root?.Start ?? new TextPoint(1, 1), root?.End ?? new TextPoint(1, 1), string.Empty,
                "A rule pack is a mapping that starts with apiVersion: norms/v1 and kind: RulePack" + (root is null ? "; the file is empty." : "."));
        }

        return _errors.Count == 0
            ? new RulePackLoadResult(pack, [])
            : new RulePackLoadResult(null, [.. _errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column)]);
    }

    private YamlRulePack? ParsePack(YamlMappingNode root)
    {
        var entries = Entries(root, string.Empty, TopKeys, "a rule pack");
        Constant(entries, "apiVersion", ApiVersion, root, string.Empty);
        Constant(entries, "kind", Kind, root, string.Empty);

        string? id = null, version = null, title = null, owner = null, helpUri = null;
        if (Require(entries, "metadata", root, string.Empty, "The rule pack") is { } metadataEntry)
        {
            if (metadataEntry.Value is not YamlMappingNode metadata)
            {
                Error(metadataEntry.Value, metadataEntry.Path, $"metadata must be a mapping with {string.Join(", ", MetadataKeys)}; found {Describe(metadataEntry.Value)}.");
            }
            else
            {
                var fields = Entries(metadata, "metadata", MetadataKeys, "metadata");
                id = Text(fields, "id", metadata, "metadata", required: true);
                if (id is not null && !PackIdPattern().IsMatch(id))
                {
                    Error(fields["id"].Value, "metadata.id", $"Pack ID '{Shorten(id)}' must be letters, digits, '.', '-' or '_', starting with a letter or digit (for example contoso.nis2).");
                }

                version = Text(fields, "version", metadata, "metadata", required: true);
                if (version is not null && !SemVerPattern().IsMatch(version))
                {
                    Error(fields["version"].Value, "metadata.version", $"Pack version '{Shorten(version)}' is not a SemVer version (MAJOR.MINOR.PATCH, for example 1.2.0).");
                }

                title = Text(fields, "title", metadata, "metadata", required: true);
                owner = Text(fields, "owner", metadata, "metadata", required: false);
                helpUri = Text(fields, "helpUri", metadata, "metadata", required: false);
                if (helpUri is not null && HelpUri(helpUri, "X0001") is null)
                {
                    Error(fields["helpUri"].Value, "metadata.helpUri", $"helpUri '{Shorten(helpUri)}' is not an absolute http or https URL ({{id}} is replaced by the rule ID).");
                }
            }
        }

        var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (entries.TryGetValue("thresholds", out var thresholdsEntry))
        {
            ParseThresholds(thresholdsEntry, thresholds);
        }

        _thresholds.UnionWith(thresholds.Keys);

        var rules = new List<PackRule>();
        if (Require(entries, "rules", root, string.Empty, "The rule pack") is { } rulesEntry)
        {
            if (rulesEntry.Value is YamlSequenceNode sequence)
            {
                var seen = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (ParseRule(sequence.Items[i], i, seen, id ?? string.Empty, helpUri) is { } rule)
                    {
                        rules.Add(rule);
                    }
                }
            }
            else if (rulesEntry.Value is not YamlScalarNode { IsNull: true })
            {
                Error(rulesEntry.Value, "rules", $"rules must be a list of rules; found {Describe(rulesEntry.Value)}.");
            }
        }

        return _errors.Count == 0
            ? new YamlRulePack(id!, version!, title!, owner ?? string.Empty, thresholds, rules)
            : null;
    }

    private void ParseThresholds(Entry entry, Dictionary<string, decimal> thresholds)
    {
        if (entry.Value is YamlScalarNode { IsNull: true })
        {
            return;
        }

        if (entry.Value is not YamlMappingNode mapping)
        {
            Error(entry.Value, "thresholds", $"thresholds must be a mapping of name to number; found {Describe(entry.Value)}.");
            return;
        }

        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            if (keyNode is not YamlScalarNode key)
            {
                Error(keyNode, "thresholds", "A threshold's name must be plain text.");
                continue;
            }

            var path = "thresholds." + key.Value;
            if (!ThresholdNamePattern().IsMatch(key.Value))
            {
                Error(key, path, $"Threshold name '{Shorten(key.Value)}' must be letters and digits, starting with a letter (for example maxSupplierNoticeHours).");
            }
            else if (Plain(valueNode) is decimal value)
            {
                thresholds[key.Value] = value;
            }
            else
            {
                Error(valueNode, path, $"Threshold {key.Value} must be a number; found {Found(valueNode)}.");
            }
        }
    }

    private PackRule? ParseRule(YamlTreeNode node, int index, Dictionary<string, YamlTreeNode> seen, string packId, string? helpUri)
    {
        var path = $"rules[{index.ToString(CultureInfo.InvariantCulture)}]";
        if (node is not YamlMappingNode mapping)
        {
            Error(node, path, $"A rule is a mapping with id, title, principle, severity, failsWhen and message; found {Describe(node)}.");
            return null;
        }

        var errorsBefore = _errors.Count;
        var fields = Entries(mapping, path, RuleKeys, "a rule");
        var id = Text(fields, "id", mapping, path, required: true);
        if (id is not null)
        {
            var idNode = fields["id"].Value;
            if (!RuleDescriptor.IsValidId(id))
            {
                Error(idNode, path + ".id", $"Rule ID '{Shorten(id)}' must be letters followed by digits (for example CTS0101).");
            }
            else if (seen.TryGetValue(id, out var first))
            {
                Error(idNode, path + ".id", $"Rule ID {id} is already used by the rule at line {first.Start.Line.ToString(CultureInfo.InvariantCulture)}; rule IDs are unique within a pack.");
            }
            else
            {
                seen.Add(id, idNode);
            }
        }

        var what = id is null ? $"The rule {path}" : $"Rule {id}";
        var title = Text(fields, "title", mapping, path, required: true, what);
        var principle = Choice(fields, "principle", PrincipleIds, mapping, path, what, "principle");
        var severity = Choice(fields, "severity", Severities, mapping, path, what, "severity");

        var forEach = false;
        if (fields.TryGetValue("forEach", out var forEachEntry))
        {
            forEach = true;
            ParseForEach(forEachEntry);
        }

        PackCondition? appliesWhen = null;
        if (fields.TryGetValue("appliesWhen", out var appliesEntry))
        {
            appliesWhen = ParseCondition(appliesEntry.Value, appliesEntry.Path, forEach);
        }

        PackCondition? failsWhen = null;
        if (Require(fields, "failsWhen", mapping, path, what) is { } failsEntry)
        {
            failsWhen = ParseCondition(failsEntry.Value, failsEntry.Path, forEach);
        }

        (string Format, IReadOnlyList<PackPath> Arguments)? message = null;
        if (Text(fields, "message", mapping, path, required: true, what) is not null)
        {
            var messageEntry = fields["message"];
            message = ParseMessage((YamlScalarNode)messageEntry.Value, messageEntry.Path, forEach);
        }

        var remediation = Text(fields, "remediation", mapping, path, required: false, what);
        var description = Text(fields, "description", mapping, path, required: false, what);
        var references = fields.TryGetValue("references", out var referencesEntry) ? ParseReferences(referencesEntry) : [];

        if (_errors.Count != errorsBefore)
        {
            return null;
        }

        var descriptor = RuleDescriptor.Create(
            id!,
            title!,
            message!.Value.Format,
            packId,
            SeverityNames.TryParse(severity, ignoreCase: false, out var defaultSeverity) ? defaultSeverity : Severity.Info,
            description ?? string.Empty,
            remediation ?? string.Empty,
            principle: principle,
            references: references,
            tags: ["pack:" + packId],
            helpUri: helpUri is null ? null : HelpUri(helpUri, id!));
        var idValue = fields["id"].Value;
        var idAt = new SourceLocation(_file, path + ".id", idValue.Start.Line, idValue.Start.Column, idValue.End.Line, idValue.End.Column);
        return new PackRule(descriptor, appliesWhen, failsWhen!, forEach, message.Value.Arguments, idAt);
    }

    private void ParseForEach(Entry entry)
    {
        if (entry.Value is not YamlScalarNode { IsNull: false } scalar)
        {
            Error(entry.Value, entry.Path, $"forEach names a list of objects; the model has one: {PackPath.SuppliersPath}.");
            return;
        }

        var target = PackPath.Resolve(scalar.Value, forEach: false, out var error);
        if (target is null)
        {
            Error(scalar, entry.Path, error!);
        }
        else if (target.Text != PackPath.SuppliersPath)
        {
            Error(scalar, entry.Path, $"forEach names a list of objects, one outcome per item; '{Shorten(scalar.Value)}' is not one. The model has one: {PackPath.SuppliersPath}.");
        }
    }

    private List<string> ParseReferences(Entry entry)
    {
        var references = new List<string>();
        if (entry.Value is YamlScalarNode { IsNull: false } single)
        {
            references.Add(single.Value);
        }
        else if (entry.Value is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (item is YamlScalarNode { IsNull: false } scalar)
                {
                    references.Add(scalar.Value);
                }
                else
                {
                    Error(item, entry.Path, $"A reference is text (for example \"NIS2 Art. 23(4)(a)\"); found {Describe(item)}.");
                }
            }
        }
        else
        {
            Error(entry.Value, entry.Path, $"references must be a list of texts; found {Describe(entry.Value)}.");
        }

        return references;
    }

    // ---- conditions ----

    private PackCondition? ParseCondition(YamlTreeNode node, string path, bool forEach)
    {
        if (node is not YamlMappingNode { Entries.Count: > 0 } mapping)
        {
            Error(node, path, $"A condition is a mapping of path to test (for example roles.nis2Entity: {{ equals: essential }}), or all, any or not; found {Found(node)}.");
            return null;
        }

        var parts = new List<PackCondition>();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            if (keyNode is not YamlScalarNode key)
            {
                Error(keyNode, path, "A condition's keys are paths or all, any, not; found a " + Describe(keyNode) + ".");
                ok = false;
                continue;
            }

            var childPath = path + "." + key.Value;
            PackCondition? part;
            switch (key.Value)
            {
                case "all" or "any":
                    part = ParseList(key.Value, valueNode, childPath, forEach);
                    break;
                case "not":
                    part = ParseCondition(valueNode, childPath, forEach) is { } negated ? new NotCondition(negated) : null;
                    break;
                default:
                    part = ParseTests(key, valueNode, childPath, forEach);
                    break;
            }

            if (part is null)
            {
                ok = false;
            }
            else
            {
                parts.Add(part);
            }
        }

        return !ok ? null : parts.Count == 1 ? parts[0] : new AllCondition(parts);
    }

    private PackCondition? ParseList(string combinator, YamlTreeNode node, string path, bool forEach)
    {
        if (node is not YamlSequenceNode { Items.Count: > 0 } sequence)
        {
            Error(node, path, $"{combinator} takes a list of conditions (each a mapping of path to test); found {Found(node)}.");
            return null;
        }

        var parts = new List<PackCondition>();
        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (ParseCondition(sequence.Items[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", forEach) is { } part)
            {
                parts.Add(part);
            }
            else
            {
                ok = false;
            }
        }

        return !ok ? null : combinator == "all" ? new AllCondition(parts) : new AnyCondition(parts);
    }

    private PackCondition? ParseTests(YamlScalarNode key, YamlTreeNode node, string path, bool forEach)
    {
        var field = PackPath.Resolve(key.Value, forEach, out var error);
        if (field is null)
        {
            var combinator = Suggestions.Closest(key.Value, Combinators);
            Error(key, path, combinator is not null && !key.Value.Contains('.', StringComparison.Ordinal)
                ? $"Unknown path '{Shorten(key.Value)}'; did you mean the combinator '{combinator}'?"
                : error!);
            return null;
        }

        if (node is not YamlMappingNode { Entries.Count: > 0 } mapping)
        {
            Error(node, path, $"A test is a mapping of operator to value, for example {{ equals: true }} or {{ greaterThan: 24 }}; found {Found(node)}.");
            return null;
        }

        var tests = new List<PackCondition>();
        var ok = true;
        foreach (var (opNode, operandNode) in mapping.Entries)
        {
            var opName = (opNode as YamlScalarNode)?.Value ?? string.Empty;
            var opPath = path + "." + opName;
            var index = Array.IndexOf(OperatorNames, opName);
            if (index < 0)
            {
                var suggestion = Suggestions.Closest(opName, OperatorNames);
                Error(opNode, opPath, $"Unknown test '{Shorten(opName)}'" + (suggestion is null
                    ? $"; the tests are {string.Join(", ", OperatorNames)}."
                    : $"; did you mean '{suggestion}'?"));
                ok = false;
                continue;
            }

            if (ParseTest(field, (TestOperator)index, opNode, operandNode, opPath, forEach) is { } test)
            {
                tests.Add(test);
            }
            else
            {
                ok = false;
            }
        }

        return !ok ? null : tests.Count == 1 ? tests[0] : new AllCondition(tests);
    }

    private PackTest? ParseTest(PackPath field, TestOperator op, YamlTreeNode opNode, YamlTreeNode operand, string path, bool forEach)
    {
        var name = PackTest.Name(op);
        var shape = field.Shape;
        if (shape is not null && !Fits(op, shape))
        {
            Error(opNode, path, $"{name} does not fit {field.Text}, which is {shape.Describe()}{Hint(op, shape)}.");
            return null;
        }

        switch (op)
        {
            case TestOperator.Declared or TestOperator.IsEmpty:
                if (Plain(operand) is bool flag)
                {
                    return new PackTest(field, op, new PackOperand.Literal(flag), null);
                }

                Error(operand, path, $"{name} takes true or false; found {Found(operand)}.");
                return null;

            case TestOperator.Matches:
                if (operand is not YamlScalarNode { IsNull: false } patternNode)
                {
                    Error(operand, path, $"matches takes a regular expression as text; found {Found(operand)}.");
                    return null;
                }

                try
                {
                    var regex = PatternBudget.Compile(patternNode.Value);
                    return new PackTest(field, op, new PackOperand.Literal(patternNode.Value), regex);
                }
                catch (ArgumentException ex)
                {
                    Error(operand, path, $"Invalid regular expression '{Shorten(patternNode.Value)}': {ex.Message}");
                    return null;
                }

            case TestOperator.In or TestOperator.NotIn:
                if (operand is not YamlSequenceNode { Items.Count: > 0 } list)
                {
                    Error(operand, path, $"{name} takes a list of values, for example [essential, important]; found {Found(operand)}.");
                    return null;
                }

                var values = new List<object?>();
                var ok = true;
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (Literal(list.Items[i], shape, field, name, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", out var value))
                    {
                        values.Add(value);
                    }
                    else
                    {
                        ok = false;
                    }
                }

                return ok ? new PackTest(field, op, new PackOperand.Literal(values.ToArray()), null) : null;

            default:
                var expected = op switch
                {
                    TestOperator.OlderThanDays => DaysShape,
                    TestOperator.Contains => shape?.Element,
                    _ => shape,
                };
                return Operand(field, op, expected, operand, path, forEach) is { } parsed ? new PackTest(field, op, parsed, null) : null;
        }
    }

    /// <summary>A literal, <c>{ path: ... }</c> or <c>{ threshold: ... }</c> whose values must be of <paramref name="expected"/> (<c>null</c>: any, an extension field).</summary>
    private PackOperand? Operand(PackPath field, TestOperator op, FieldShape? expected, YamlTreeNode node, string path, bool forEach)
    {
        var name = PackTest.Name(op);
        if (node is not YamlMappingNode mapping)
        {
            return Literal(node, expected, field, name, path, out var value) ? new PackOperand.Literal(value) : null;
        }

        if (mapping.Entries.Count != 1 || mapping.Entries[0].Key is not YamlScalarNode key || !OperandKeys.Contains(key.Value))
        {
            var first = mapping.Entries.Count > 0 ? mapping.Entries[0].Key : mapping;
            var written = (first as YamlScalarNode)?.Value;
            var suggestion = written is null ? null : Suggestions.Closest(written, OperandKeys);
            Error(first, path, $"A test's value is a literal, {{ path: ... }} or {{ threshold: ... }}" +
                (suggestion is not null && written != suggestion ? $"; did you mean '{suggestion}'?" : $"; found {Found(mapping)}."));
            return null;
        }

        var valueNode = mapping.Entries[0].Value;
        var operandPath = path + "." + key.Value;
        if (valueNode is not YamlScalarNode { IsNull: false } reference)
        {
            Error(valueNode, operandPath, $"{key.Value} takes a name as text; found {Found(valueNode)}.");
            return null;
        }

        if (key.Value == "threshold")
        {
            if (expected is not null && expected.Kind is not (ValueKind.Integer or ValueKind.Number))
            {
                Error(key, operandPath, $"Thresholds are numbers; {name} on {field.Text} needs {expected.Describe()}.");
                return null;
            }

            if (!_thresholds.Contains(reference.Value))
            {
                var suggestion = Suggestions.Closest(reference.Value, _thresholds);
                Error(reference, operandPath, $"Unknown threshold '{Shorten(reference.Value)}'" + (suggestion is not null
                    ? $"; did you mean '{suggestion}'?"
                    : "; declare it under thresholds: in the pack" + (_thresholds.Count == 0 ? "." : $" or use one of {string.Join(", ", _thresholds.Order(StringComparer.Ordinal))}.")));
                return null;
            }

            return new PackOperand.Threshold(reference.Value);
        }

        var other = PackPath.Resolve(reference.Value, forEach, out var error);
        if (other is null)
        {
            Error(reference, operandPath, error!);
            return null;
        }

        if (expected is not null && other.Shape is not null && !Comparable(expected, other.Shape))
        {
            Error(reference, operandPath, $"{name} on {field.Text} needs {expected.Describe()}; {other.Text} is {other.Shape.Describe()}.");
            return null;
        }

        return new PackOperand.Path(other);
    }

    /// <summary>A literal of the field's type, or any YAML scalar for an extension field.</summary>
    private bool Literal(YamlTreeNode node, FieldShape? shape, PackPath field, string op, string path, out object? value)
    {
        value = null;
        if (node is not YamlScalarNode { IsNull: false } scalar)
        {
            Error(node, path, $"{op} on {field.Text} needs {shape?.Describe() ?? "a value"}; found {Found(node)}.");
            return false;
        }

        value = shape?.Kind switch
        {
            null => Plain(scalar),
            ValueKind.Boolean => Plain(scalar) as bool?,
            ValueKind.Integer or ValueKind.Number => Plain(scalar) as decimal?,
            ValueKind.Date => DateOnly.TryParseExact(scalar.Value, PackValue.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            ValueKind.Text => scalar.Value,
            ValueKind.Enum => shape.EnumValues.Any(v => v.Key == scalar.Value) ? scalar.Value : null,
            _ => null,
        };
        if (value is not null)
        {
            return true;
        }

        if (shape!.Kind == ValueKind.Enum)
        {
            var suggestion = Suggestions.Closest(scalar.Value, shape.EnumValues.Select(v => v.Key));
            Error(scalar, path, $"{field.Text} has no value '{Shorten(scalar.Value)}'; expected {shape.Describe()}" +
                (suggestion is null ? "." : $". Did you mean '{suggestion}'?"));
        }
        else
        {
            Error(scalar, path, $"{op} on {field.Text} needs {shape.Describe()}; found {Found(scalar)}.");
        }

        return false;
    }

    private static bool Fits(TestOperator op, FieldShape shape) => op switch
    {
        TestOperator.Equals or TestOperator.NotEquals or TestOperator.In or TestOperator.NotIn => shape.Kind is not (ValueKind.Object or ValueKind.List),
        TestOperator.GreaterThan or TestOperator.GreaterThanOrEqual or TestOperator.LessThan or TestOperator.LessThanOrEqual =>
            shape.Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Date,
        TestOperator.Contains => shape.Kind == ValueKind.List && shape.Element!.Kind != ValueKind.Object,
        TestOperator.IsEmpty => shape.Kind is ValueKind.List or ValueKind.Text,
        TestOperator.OlderThanDays => shape.Kind == ValueKind.Date,
        TestOperator.Matches => shape.Kind is ValueKind.Text or ValueKind.Enum,
        _ => true,
    };

    private static string Hint(TestOperator op, FieldShape shape) => op switch
    {
        TestOperator.Contains when shape.Kind != ValueKind.List => "; contains looks for a value in a list, use equals",
        TestOperator.Equals or TestOperator.NotEquals or TestOperator.In or TestOperator.NotIn when shape.Kind == ValueKind.List =>
            "; to look for a value in a list, use contains",
        TestOperator.OlderThanDays => "; olderThanDays is for dates",
        TestOperator.GreaterThan or TestOperator.GreaterThanOrEqual or TestOperator.LessThan or TestOperator.LessThanOrEqual =>
            "; only numbers and dates are ordered",
        _ => string.Empty,
    };

    private static bool Comparable(FieldShape expected, FieldShape other)
    {
        static bool Numeric(FieldShape s) => s.Kind is ValueKind.Integer or ValueKind.Number;
        return (Numeric(expected) && Numeric(other))
            || (expected.Kind == other.Kind && expected.Kind is not (ValueKind.Object or ValueKind.List or ValueKind.Enum))
            || (expected.Kind == ValueKind.Enum && other.Kind == ValueKind.Enum && expected.ClrType == other.ClrType);
    }

    // ---- messages ----

    private (string Format, IReadOnlyList<PackPath> Arguments)? ParseMessage(YamlScalarNode node, string path, bool forEach)
    {
        var text = node.Value;
        var format = new StringBuilder(text.Length + 8);
        var arguments = new List<PackPath>();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                format.Append("{{");
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    ErrorAt(node, i, path, "The message has a '{' with no closing '}'; write {path} for a value, {{ for a brace.");
                    return null;
                }

                var name = text[(i + 1)..close].Trim();
                var placeholder = PackPath.Resolve(name, forEach, out var error);
                if (placeholder is null)
                {
                    ErrorAt(node, i, path, $"The message placeholder {{{Shorten(name)}}} names no path: {error}");
                    ok = false;
                }
                else if (placeholder.Shape is { Kind: ValueKind.Object } or { Kind: ValueKind.List, Element.Kind: ValueKind.Object })
                {
                    ErrorAt(node, i, path, $"The message placeholder {{{name}}} names {placeholder.Shape.Describe()}, not a value.");
                    ok = false;
                }
                else
                {
                    var index = arguments.FindIndex(a => a.Text == placeholder.Text);
                    if (index < 0)
                    {
                        index = arguments.Count;
                        arguments.Add(placeholder);
                    }

                    format.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
                }

                i = close;
            }
            else if (c == '}')
            {
                format.Append("}}");
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    i++;
                }
            }
            else
            {
                format.Append(c);
            }
        }

        return ok ? (format.ToString(), arguments) : null;
    }

    // ---- mappings and scalars ----

    private readonly record struct Entry(YamlScalarNode Key, YamlTreeNode Value, string Path);

    private Dictionary<string, Entry> Entries(YamlMappingNode mapping, string path, string[] known, string what)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not YamlScalarNode key)
            {
                Error(keyNode, path, $"The keys of {what} are names; found a {Describe(keyNode)}.");
                continue;
            }

            var childPath = path.Length == 0 ? key.Value : path + "." + key.Value;
            if (key.Value.StartsWith("x-", StringComparison.Ordinal))
            {
                continue; // extension keys are for tools and people; the engine ignores them
            }

            if (!known.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, known);
                Error(key, childPath, $"Unknown key '{Shorten(key.Value)}' in {what}" + (suggestion is not null
                    ? $"; did you mean '{suggestion}'?"
                    : $"; the keys are {string.Join(", ", known)}. Extension keys start with x-."));
                continue;
            }

            entries.TryAdd(key.Value, new Entry(key, value, childPath));
        }

        return entries;
    }

    private Entry? Require(Dictionary<string, Entry> entries, string name, YamlTreeNode owner, string ownerPath, string what)
    {
        if (entries.TryGetValue(name, out var entry))
        {
            return entry;
        }

        Error(owner, ownerPath.Length == 0 ? name : ownerPath + "." + name, $"{what} has no '{name}'; it is required.");
        return null;
    }

    private string? Text(Dictionary<string, Entry> entries, string name, YamlTreeNode owner, string ownerPath, bool required, string? what = null)
    {
        if (!entries.TryGetValue(name, out var entry))
        {
            if (required)
            {
                Error(owner, ownerPath + "." + name, $"{what ?? ownerPath} has no '{name}'; it is required.");
            }

            return null;
        }

        if (entry.Value is not YamlScalarNode { IsNull: false } scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(entry.Value, entry.Path, $"{name} must be text; found {Found(entry.Value)}.");
            return null;
        }

        return scalar.Value;
    }

    private void Constant(Dictionary<string, Entry> entries, string name, string expected, YamlTreeNode owner, string ownerPath)
    {
        var text = Text(entries, name, owner, ownerPath, required: true, "The rule pack");
        if (text is not null && text != expected)
        {
            Error(entries[name].Value, name, $"{name} must be {expected}; found '{Shorten(text)}'.");
        }
    }

    private string? Choice(Dictionary<string, Entry> entries, string name, string[] choices, YamlTreeNode owner, string ownerPath, string what, string noun)
    {
        var text = Text(entries, name, owner, ownerPath, required: true, what);
        if (text is null || choices.Contains(text))
        {
            return text;
        }

        var suggestion = Suggestions.Closest(text, choices);
        Error(entries[name].Value, ownerPath + "." + name, $"Unknown {noun} '{Shorten(text)}'; expected one of {string.Join(", ", choices)}" +
            (suggestion is null ? "." : $". Did you mean '{suggestion}'?"));
        return null;
    }

    private static Uri? HelpUri(string template, string id) =>
        Uri.TryCreate(template.Replace("{id}", id, StringComparison.Ordinal), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    /// <summary>A scalar as YAML 1.2's core schema reads it: <c>null</c>, <see cref="bool"/>, <see cref="decimal"/> or text.</summary>
    private static object? Plain(YamlTreeNode node)
    {
        if (node is not YamlScalarNode scalar || scalar.IsNull)
        {
            return null;
        }

        if (!scalar.IsPlain)
        {
            return scalar.Value;
        }

        return scalar.Value switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            var text when NumberPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            var text => text,
        };
    }

    private static string Describe(YamlTreeNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "scalar",
    };

    private static string Found(YamlTreeNode node) => node switch
    {
        YamlScalarNode { IsNull: true } => "nothing",
        YamlScalarNode { IsPlain: false } s => $"the text '{Shorten(s.Value)}'",
        YamlScalarNode s => $"'{Shorten(s.Value)}'",
        _ => "a " + Describe(node),
    };

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    private void Error(YamlTreeNode node, string path, string message) => Error(node.Start, node.End, path, message);

    private void Error(TextPoint start, TextPoint end, string path, string message) =>
        _errors.Add(new Finding(EngineDiagnostics.PackLoadFailed, MessageText.Line(message), new SourceLocation(_file, path, start.Line, start.Column, end.Line, end.Column)));

    /// <summary>An error at character <paramref name="offset"/> of a one-line scalar's value (its node when the column cannot be known).</summary>
    private void ErrorAt(YamlScalarNode node, int offset, string path, string message)
    {
        var quote = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var exact = node.Start.Line == node.End.Line && node.End.Column - node.Start.Column == node.Value.Length + (2 * quote);
        if (!exact)
        {
            Error(node, path, message);
            return;
        }

        var column = node.Start.Column + quote + offset;
        Error(new TextPoint(node.Start.Line, column), new TextPoint(node.Start.Line, column + 1), path, message);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex PackIdPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex ThresholdNamePattern();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemVerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
