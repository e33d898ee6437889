using System.Reflection;

namespace NormsEngine.Model;

/// <summary>The kinds of value a practices document holds.</summary>
internal enum ValueKind
{
    Boolean,
    Integer,
    Number,
    Date,
    Text,
    Enum,
    Object,
    List,
}

/// <summary>The shape of one value in a practices document: its kind, constraints and, for objects and lists, what they hold.</summary>
internal sealed class FieldShape
{
    public required ValueKind Kind { get; init; }

    /// <summary>The CLR type the value binds to (nullable wrapper removed).</summary>
    public required Type ClrType { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Unit for messages and schema descriptions: hours, days or percent.</summary>
    public string? Unit { get; init; }

    public string? Pattern { get; init; }

    public bool IsUrl { get; init; }

    /// <summary>For enums: YAML name to value, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> EnumValues { get; init; } = [];

    /// <summary>For objects: the fields in declaration order.</summary>
    public IReadOnlyList<FieldDescriptor> Fields { get; init; } = [];

    /// <summary>For objects: the fields by YAML name.</summary>
    public IReadOnlyDictionary<string, FieldDescriptor> FieldsByName { get; init; } =
        new Dictionary<string, FieldDescriptor>(StringComparer.Ordinal);

    /// <summary>For lists: the shape of an item.</summary>
    public FieldShape? Element { get; init; }

    /// <summary>What the value is, in words, for "expected ..." messages.</summary>
    public string Describe() => Kind switch
    {
        ValueKind.Boolean => "true or false",
        ValueKind.Integer when Unit is not null => $"a whole number of {Unit}, {Min ?? 0} or more",
        ValueKind.Integer when Max is not null => $"a whole number from {Min ?? 0} to {Max}",
        ValueKind.Integer => $"a whole number, {Min ?? 0} or more",
        ValueKind.Number => $"a percentage from {Min ?? 0} to {Max ?? 100}",
        ValueKind.Date => "a date as YYYY-MM-DD",
        ValueKind.Text when IsUrl => "an absolute https URL",
        ValueKind.Text when Pattern is not null => $"text matching {Pattern}",
        ValueKind.Text => "text",
        ValueKind.Enum => "one of " + string.Join(", ", EnumValues.Select(v => v.Key)),
        ValueKind.Object => "a mapping of fields",
        ValueKind.List => "a list of " + Element!.DescribePlural(),
        _ => Kind.ToString(),
    };

    private string DescribePlural() => Kind switch
    {
        ValueKind.Integer => "whole numbers",
        ValueKind.Text => "texts",
        ValueKind.Enum => "values from " + string.Join(", ", EnumValues.Select(v => v.Key)),
        ValueKind.Object => "mappings",
        _ => Describe(),
    };
}

/// <summary>One named field of an object: its YAML name, the model property and its shape.</summary>
internal sealed class FieldDescriptor
{
    public required string Name { get; init; }

    public required PropertyInfo Property { get; init; }

    public required FieldShape Shape { get; init; }

    public required string Description { get; init; }

    public bool Required { get; init; }
}
