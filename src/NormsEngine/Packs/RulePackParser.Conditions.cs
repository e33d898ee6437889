using NormsEngine.Documents;
using NormsEngine.Model;

namespace NormsEngine.Packs;

/// <summary>
/// Conditions (<c>appliesWhen</c>, <c>failsWhen</c>): <c>all</c>, <c>any</c>, <c>not</c> and tests on paths, each
/// test checked against its field's type (<see cref="TestFit"/>) and its value read as that type, with the YAML
/// core schema, as the binder reads the document the test will look at.
/// </summary>
internal sealed partial class RulePackParser
{
    private static readonly KeyKind ConditionKeys = new("condition key", AllowsExtensions: false);
    private static readonly KeyKind Tests = new("test", AllowsExtensions: false);
    private static readonly string[] Combinators = ["all", "any", "not"];
    private static readonly string[] OperandKeys = ["path", "threshold"];
    private static readonly string[] OperatorNames = [.. Enum.GetValues<TestOperator>().Select(PackTest.Name)];

    private static readonly FieldShape DaysShape = new() { Kind = ValueKind.Integer, ClrType = typeof(int), Unit = "days", Min = 0 };

    private PackCondition? ParseCondition(YamlTreeNode node, string path, bool forEach)
    {
        if (node is not YamlMappingNode { Entries.Count: > 0 } mapping)
        {
            _reader.Report(node, path, $"A condition is a mapping of path to test (for example roles.nis2Entity: {{ equals: essential }}), or all, any or not; found {NodeReader.Found(node)}.");
            return null;
        }

        if (!_reader.TagIsAllowed(mapping, path))
        {
            return null;
        }

        var parts = new List<PackCondition>();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            if (_reader.Key(keyNode, path, ConditionKeys) is not { } key || !_reader.TagIsAllowed(key, NodeReader.Child(path, key.Value)))
            {
                ok = false;
                continue;
            }

            var childPath = NodeReader.Child(path, key.Value);
            var part = key.Value switch
            {
                "all" or "any" => ParseList(key.Value, valueNode, childPath, forEach),
                "not" => ParseCondition(valueNode, childPath, forEach) is { } negated ? new NotCondition(negated) : null,
                _ => ParseTests(key, valueNode, childPath, forEach),
            };
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
            _reader.Report(node, path, $"{combinator} takes a list of conditions (each a mapping of path to test); found {NodeReader.Found(node)}.");
            return null;
        }

        if (!_reader.TagIsAllowed(sequence, path))
        {
            return null;
        }

        var parts = new List<PackCondition>();
        var ok = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (ParseCondition(sequence.Items[i], NodeReader.Item(path, i), forEach) is { } part)
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
            var isCombinator = combinator is not null && !key.Value.Contains('.', StringComparison.Ordinal);
            var fix = !isCombinator && PackPath.Corrected(key.Value, forEach) is { } corrected
                ? _reader.Fix(key, corrected, $"Replace the path '{NodeReader.Quote(key.Value)}' with '{corrected}'")
                : null;
            _reader.Report(_reader.Locate(key, path), isCombinator
                ? $"Unknown path '{NodeReader.Quote(key.Value)}'; did you mean the combinator '{combinator}'?"
                : error!, fix: fix);
            return null;
        }

        if (node is not YamlMappingNode { Entries.Count: > 0 } mapping)
        {
            _reader.Report(node, path, $"A test is a mapping of operator to value, for example {{ equals: true }} or {{ greaterThan: 24 }}; found {NodeReader.Found(node)}.");
            return null;
        }

        if (!_reader.TagIsAllowed(mapping, path))
        {
            return null;
        }

        var tests = new List<PackCondition>();
        var ok = true;
        foreach (var (opNode, operandNode) in mapping.Entries)
        {
            if (_reader.Key(opNode, path, Tests) is not { } opKey || !_reader.TagIsAllowed(opKey, NodeReader.Child(path, opKey.Value)))
            {
                ok = false;
                continue;
            }

            var opPath = NodeReader.Child(path, opKey.Value);
            var index = Array.IndexOf(OperatorNames, opKey.Value);
            if (index < 0)
            {
                _reader.UnknownKey(opKey, opPath, Tests, OperatorNames, string.Empty);
                ok = false;
                continue;
            }

            if (ParseTest(field, (TestOperator)index, opKey, operandNode, opPath, forEach) is { } test)
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
        if (shape is not null && !TestFit.Fits(op, shape))
        {
            _reader.Report(opNode, path, $"{name} does not fit {field.Text}, which is {shape.Describe()}{TestFit.Hint(op, shape)}.");
            return null;
        }

        switch (op)
        {
            case TestOperator.Declared or TestOperator.IsEmpty:
                return _reader.Bool(operand, path, name, $"{name} takes true or false; found {NodeReader.Found(operand)}.") is { } flag
                    ? new PackTest(field, op, new PackOperand.Literal(flag), null)
                    : null;

            case TestOperator.Matches:
                if (_reader.Text(operand, path, name, message: $"matches takes a regular expression as text; found {NodeReader.Found(operand)}.") is not { } pattern)
                {
                    return null;
                }

                try
                {
                    return new PackTest(field, op, new PackOperand.Literal(pattern), PatternBudget.Compile(pattern));
                }
                catch (ArgumentException ex)
                {
                    _reader.Report(operand, path, $"Invalid regular expression '{NodeReader.Quote(pattern)}': {ex.Message}");
                    return null;
                }

            case TestOperator.In or TestOperator.NotIn:
                if (operand is not YamlSequenceNode { Items.Count: > 0 } list)
                {
                    _reader.Report(operand, path, $"{name} takes a list of values, for example [essential, important]; found {NodeReader.Found(operand)}.");
                    return null;
                }

                if (!_reader.TagIsAllowed(list, path))
                {
                    return null;
                }

                var values = new List<object?>();
                var ok = true;
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (Literal(list.Items[i], shape, field, name, NodeReader.Item(path, i), out var value))
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
            _reader.Report(first, path, $"A test's value is a literal, {{ path: ... }} or {{ threshold: ... }}" +
                (suggestion is not null && written != suggestion ? $"; did you mean '{suggestion}'?" : $"; found {NodeReader.Found(mapping)}."));
            return null;
        }

        var operandPath = NodeReader.Child(path, key.Value);
        if (!_reader.TagIsAllowed(mapping, path) || !_reader.TagIsAllowed(key, operandPath))
        {
            return null;
        }

        var valueNode = mapping.Entries[0].Value;
        if (_reader.Text(valueNode, operandPath, key.Value, message: $"{key.Value} takes a name as text; found {NodeReader.Found(valueNode)}.") is not { } reference)
        {
            return null;
        }

        if (key.Value == "threshold")
        {
            if (expected is not null && expected.Kind is not (ValueKind.Integer or ValueKind.Number))
            {
                _reader.Report(key, operandPath, $"Thresholds are numbers; {name} on {field.Text} needs {expected.Describe()}.");
                return null;
            }

            if (!_thresholds.Contains(reference))
            {
                var suggestion = Suggestions.Closest(reference, _thresholds);
                _reader.Report(valueNode, operandPath, $"Unknown threshold '{NodeReader.Quote(reference)}'" + (suggestion is not null
                    ? $"; did you mean '{suggestion}'?"
                    : "; declare it under thresholds: in the pack" + (_thresholds.Count == 0 ? "." : $" or use one of {string.Join(", ", _thresholds.Order(StringComparer.Ordinal))}.")));
                return null;
            }

            return new PackOperand.Threshold(reference);
        }

        var other = PackPath.Resolve(reference, forEach, out var error);
        if (other is null)
        {
            _reader.Report(valueNode, operandPath, error!);
            return null;
        }

        if (expected is not null && other.Shape is not null && !TestFit.Comparable(expected, other.Shape))
        {
            _reader.Report(valueNode, operandPath, $"{name} on {field.Text} needs {expected.Describe()}; {other.Text} is {other.Shape.Describe()}.");
            return null;
        }

        return new PackOperand.Path(other);
    }

    /// <summary>A literal of the field's type, read with the YAML core schema; any scalar for an extension field (typed at run time).</summary>
    private bool Literal(YamlTreeNode node, FieldShape? shape, PackPath field, string op, string path, out object? value)
    {
        value = null;
        if (node is not YamlScalarNode { IsNull: false } scalar)
        {
            _reader.Report(node, path, $"{op} on {field.Text} needs {shape?.Describe() ?? "a value"}; found {NodeReader.Found(node)}.");
            return false;
        }

        if (_reader.Type(scalar, path) is not { } type)
        {
            return false;
        }

        var text = scalar.Value;
        value = shape?.Kind switch
        {
            null => PackValue.Normalize(Scalars.Plain(type, text)),
            ValueKind.Boolean => Scalars.Boolean(type, text),
            ValueKind.Integer or ValueKind.Number => Scalars.Number(type, text),
            ValueKind.Date => Scalars.Date(type, text),
            ValueKind.Text => text,
            ValueKind.Enum => type == CoreType.Str && shape.EnumValues.Any(v => v.Key == text) ? text : null,
            _ => null,
        };
        if (value is not null)
        {
            return true;
        }

        if (shape!.Kind == ValueKind.Enum)
        {
            _reader.UnknownChoice(scalar, path, shape.EnumValues.Select(v => v.Key), $"{field.Text} has no value '{NodeReader.Quote(text)}'; expected {shape.Describe()}");
        }
        else
        {
            _reader.Report(scalar, path, $"{op} on {field.Text} needs {shape.Describe()}; found {NodeReader.Found(scalar)}.");
        }

        return false;
    }
}
