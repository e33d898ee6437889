using NormsEngine.Diagnostics;
using NormsEngine.Model;

namespace NormsEngine.Documents;

/// <summary>
/// Scalars and tags: values are read with the YAML 1.2 core schema (<see cref="CoreSchema"/>), as editors and the
/// JSON Schema read them, so that the binder and organisation.schema.json accept the same documents.
/// </summary>
internal sealed partial class Binder
{
    private object? BindScalar(YamlScalarNode scalar, FieldShape shape, string path)
    {
        if (Resolve(scalar, path) is not { } type)
        {
            return null;
        }

        var text = scalar.Value;
        switch (shape.Kind)
        {
            case ValueKind.Boolean when Scalars.Boolean(type, text) is { } flag:
                return flag;
            case ValueKind.Integer:
                // A JSON Schema "integer" is any number with no fractional part (24.0, 1e3), so the binder agrees.
                if (Scalars.WholeNumber(type, text) is { } whole)
                {
                    if (whole < (decimal)(shape.Min ?? 0) || (shape.Max is { } max && whole > (decimal)max))
                    {
                        return OutOfRange(scalar, path, shape, text);
                    }

                    return shape.ClrType == typeof(int) ? (object)(int)whole : (long)whole;
                }

                break;
            case ValueKind.Number:
                if (Scalars.Number(type, text) is { } number)
                {
                    if (number < (decimal)(shape.Min ?? 0) || number > (decimal)(shape.Max ?? 100))
                    {
                        return OutOfRange(scalar, path, shape, text);
                    }

                    return number;
                }

                break;
            case ValueKind.Date when Scalars.Date(type, text) is { } date:
                return date;
            case ValueKind.Text when type == CoreType.Str:
                if (!shape.Accepts(text))
                {
                    break;
                }

                return text;
            case ValueKind.Text:
                return NotText(scalar, path, type);
            case ValueKind.Enum:
                foreach (var (name, value) in shape.EnumValues)
                {
                    if (type == CoreType.Str && name == text)
                    {
                        return value;
                    }
                }

                _reader.UnknownChoice(scalar, path, shape.EnumValues.Select(v => v.Key),
                    $"{path} has the unknown value '{Shorten(text)}'; expected one of {string.Join(", ", shape.EnumValues.Select(v => v.Key))}");
                return null;
        }

        return Invalid(scalar, path, shape);
    }

    /// <summary>A scalar's core-schema type; NE0003 (and <c>null</c>) when its text does not fit its core tag.</summary>
    private CoreType? Resolve(YamlScalarNode scalar, string path) => _reader.Resolve(scalar, path);

    /// <summary>Whether a node's tag is one the binder reads (<see cref="NodeReader.TagIsAllowed"/>); NE0003 when not.</summary>
    private bool TagIsAllowed(YamlTreeNode node, string path) => _reader.TagIsAllowed(node, path);

    /// <summary>NE0003 for a number or boolean written where text is expected: YAML reads it unquoted as such, so say how to quote it.</summary>
    private object? NotText(YamlScalarNode scalar, string path, CoreType type)
    {
        var what = type == CoreType.Bool ? "a boolean" : "a number";
        var quoted = "\"" + Shorten(scalar.Value).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var example = path.EndsWith(']') ? "- " + quoted : path[(path.LastIndexOf('.') + 1)..] + ": " + quoted;
        var how = scalar.Tag is null ? $"YAML reads the unquoted {Shorten(scalar.Value)} as {what}" : $"the tag {CoreSchema.Show(scalar.Tag)} makes {Shorten(scalar.Value)} {what}";
        Report(EngineDiagnostics.InvalidValue, scalar, path,
            $"{path} must be text, but {how}. Quote a value meant as text: {example}");
        return null;
    }

    private object? OutOfRange(YamlScalarNode scalar, string path, FieldShape shape, string text)
    {
        Report(EngineDiagnostics.InvalidValue, scalar, path, $"{path} is {Shorten(text)}, out of range; expected {shape.Describe()}.");
        return null;
    }

    private object? Invalid(YamlTreeNode node, string path, FieldShape shape)
    {
        var fix = node is YamlScalarNode scalar ? Repair(scalar, shape) : null;
        _reader.Report(_reader.Locate(node, path), $"{path} must be {shape.Describe()}; found {NodeReader.Found(node)}.", fix: fix);
        return null;
    }

    /// <summary>
    /// The fix of a value whose meaning is certain although its form is wrong: a date written year first with other
    /// separators (<c>2026/10/15</c>, <c>2026.1.5</c>) as <c>2026-10-15</c>; a percentage written <c>93%</c> as the
    /// number <c>93</c> (unquoted, since a quoted number is text). Day-first and month-first dates are ambiguous: no fix.
    /// </summary>
    private CodeFix? Repair(YamlScalarNode scalar, FieldShape shape)
    {
        var text = scalar.Value.Trim();
        switch (shape.Kind)
        {
            case ValueKind.Date when YearFirstDate(text) is { } date:
                var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return _reader.Fix(scalar, iso, $"Write the date '{Shorten(scalar.Value)}' as {iso}");
            case ValueKind.Number or ValueKind.Integer when text.EndsWith('%') && text[..^1].TrimEnd() is { Length: > 0 } digits
                && CoreSchema.Number(digits) is { } number
                && (shape.Kind == ValueKind.Number || number == decimal.Truncate(number))
                && InRange(number, shape):
                return _reader.Fix(scalar, digits, $"Write the percentage '{Shorten(scalar.Value)}' as the number {digits}", keepQuotes: false);
            default:
                return null;
        }
    }

    private static bool InRange(decimal number, FieldShape shape)
    {
        var max = shape.Max ?? (shape.Kind == ValueKind.Number ? 100 : null);
        return number >= (decimal)(shape.Min ?? 0) && (max is null || number <= (decimal)max.Value);
    }

    /// <summary>A date written year, month, day with one separator (<c>/</c>, <c>.</c> or <c>-</c>) and one or two digits for month and day.</summary>
    private static DateOnly? YearFirstDate(string text)
    {
        var parts = text.Split(text.Length > 4 && text[4] is '/' or '.' or '-' ? text[4] : '\0');
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2 || parts[2].Length is < 1 or > 2
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var (year, month, day) = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>An extension value as plain data: YAML 1.2 core-schema scalars, lists and dictionaries.</summary>
    private object? Plain(YamlTreeNode node, string path, YamlTreeNode? key)
    {
        _map.Add(path, key, node);
        if (!TagIsAllowed(node, path))
        {
            return null;
        }

        switch (node)
        {
            case YamlSequenceNode sequence:
                var list = new List<object?>(sequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    list.Add(Plain(sequence.Items[i], NodeReader.Item(path, i), null));
                }

                return list;
            case YamlMappingNode mapping:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (k, v) in mapping.Entries)
                {
                    var name = k is YamlScalarNode s ? s.Value : "?";
                    if (TagIsAllowed(k, Child(path, name)))
                    {
                        dictionary[name] = Plain(v, Child(path, name), k);
                    }
                }

                return dictionary;
            case YamlScalarNode scalar:
                return Resolve(scalar, path) is { } type ? Scalars.Plain(type, scalar.Value) : null;

            default:
                return null;
        }
    }
}
