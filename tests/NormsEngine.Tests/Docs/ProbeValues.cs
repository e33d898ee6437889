using System.Globalization;
using System.Text.Json;
using NormsEngine.Model;

namespace NormsEngine.Tests.Docs;

/// <summary>How a probe document fills its fields: every role switch and value high, low, or high with dates in the future.</summary>
internal enum ProbeLevel
{
    High,
    Low,
    Future,
}

/// <summary>
/// The values the probes give each kind of field, as JSON: for every field the values a rule could tell apart (both
/// booleans, every enum value, whole numbers and percentages at both ends and in the middle, dates long ago, recent, soon
/// and years ahead), and one value per <see cref="ProbeLevel"/>. Derived from the field's shape, so a new field is probed too.
/// </summary>
internal static class ProbeValues
{
    /// <summary>The probes' as-of date: their <c>metadata.assessedOn</c> and their clock.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 15);

    // Texts to try, in order; a field takes the first two its pattern accepts (the URL and country rules, or none).
    private static readonly string[] Texts =
    [
        "Probe", "Another probe", "https://example.org/probe", "https://example.com/another", "FRA", "DEU",
    ];

    private static readonly string LongAgo = Date(new DateOnly(2000, 1, 1));
    private static readonly string Recent = Date(AsOf.AddDays(-10));
    private static readonly string Coming = Date(AsOf.AddDays(100));

    // Far enough ahead that, as an as-of date, every recent date is too old for any age check.
    private static readonly string FarAhead = Date(AsOf.AddDays(1000));

    /// <summary>Every field a probe can set, in model order, with its path; a list of mappings is probed as a whole and through its first item (<c>[0]</c>).</summary>
    public static IEnumerable<(string Path, FieldDescriptor Field)> Leaves() => Leaves(FieldCatalog.Organisation, string.Empty);

    /// <summary>The declared values to try for a field (not declared is tried besides, unless the field is required).</summary>
    public static IReadOnlyList<string> Candidates(FieldShape shape) => shape.Kind switch
    {
        ValueKind.Boolean => ["true", "false"],
        ValueKind.Integer => Distinct(Whole(shape, 0), Whole(shape, 24), Whole(shape, 1000)),
        ValueKind.Number => Distinct(Number(shape, 0), Number(shape, 50), Number(shape, 100)),
        ValueKind.Date => [LongAgo, Recent, Coming, FarAhead],
        ValueKind.Text => MatchingTexts(shape),
        ValueKind.Enum => [.. shape.EnumValues.Select(v => Json(v.Key))],
        ValueKind.List when shape.Element!.Kind == ValueKind.Enum =>
            ["[]", .. shape.Element.EnumValues.Select(v => "[" + Json(v.Key) + "]"), AllOf(shape.Element)],
        ValueKind.List when shape.Element!.Kind == ValueKind.Object => ["[]"],
        ValueKind.List => ["[]", "[" + Level(shape.Element!, ProbeLevel.High) + "]"],
        _ => throw new InvalidOperationException($"No probe values for a {shape.Kind} field."),
    };

    /// <summary>A field's value at a level, or <c>null</c> for a section or a list of mappings (their fields are set one by one).</summary>
    public static string? Level(FieldShape shape, ProbeLevel level)
    {
        var low = level == ProbeLevel.Low;
        return shape.Kind switch
        {
            ValueKind.Boolean => low ? "false" : "true",
            ValueKind.Integer => low ? Whole(shape, 0) : Whole(shape, 24),
            ValueKind.Number => low ? Number(shape, 0) : Number(shape, 50),
            ValueKind.Date => level switch { ProbeLevel.Low => LongAgo, ProbeLevel.Future => Coming, _ => Recent },
            ValueKind.Text => MatchingTexts(shape)[0],
            ValueKind.Enum => Json((low ? shape.EnumValues[0] : shape.EnumValues[^1]).Key),
            ValueKind.List when shape.Element!.Kind == ValueKind.Object => null,
            ValueKind.List when shape.Element.Kind == ValueKind.Enum => low ? "[]" : AllOf(shape.Element),
            ValueKind.List => low ? "[]" : "[" + Level(shape.Element, ProbeLevel.High) + "]",
            _ => null,
        };
    }

    /// <summary>A date as the probes write it (a JSON string, which YAML reads as text, as dates are).</summary>
    public static string Date(DateOnly date) => Json(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static IEnumerable<(string Path, FieldDescriptor Field)> Leaves(FieldShape shape, string path)
    {
        foreach (var field in shape.Fields)
        {
            var childPath = path.Length == 0 ? field.Name : path + "." + field.Name;
            if (field.Shape.Kind == ValueKind.Object)
            {
                foreach (var leaf in Leaves(field.Shape, childPath))
                {
                    yield return leaf;
                }

                continue;
            }

            yield return (childPath, field);
            if (field.Shape is { Kind: ValueKind.List, Element.Kind: ValueKind.Object })
            {
                foreach (var leaf in Leaves(field.Shape.Element, childPath + "[0]"))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static string[] MatchingTexts(FieldShape shape)
    {
        var matching = Texts.Where(t => shape.PatternRegex?.IsMatch(t) ?? !t.StartsWith("https:", StringComparison.Ordinal)).Take(2).Select(Json).ToArray();
        return matching.Length > 0
            ? matching
            : throw new InvalidOperationException($"No probe text matches the pattern {shape.Pattern}; add one to {nameof(ProbeValues)}.");
    }

    private static string Whole(FieldShape shape, double value) =>
        Math.Clamp(value, shape.Min ?? 0, shape.Max ?? double.MaxValue).ToString(CultureInfo.InvariantCulture);

    private static string Number(FieldShape shape, double value) => Whole(shape, value);

    private static string AllOf(FieldShape element) => "[" + string.Join(", ", element.EnumValues.Select(v => Json(v.Key))) + "]";

    private static string[] Distinct(params string[] values) => [.. values.Distinct(StringComparer.Ordinal)];

    private static string Json(string text) => JsonSerializer.Serialize(text);
}
