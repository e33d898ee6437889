namespace NormsEngine.Model;

/// <summary>How a whole-number or text field is read and described; inferred from the CLR type when omitted.</summary>
internal enum FieldKind
{
    Auto,
    Hours,
    Days,
    Url,
}

/// <summary>Describes a practices-document field: the single source for binding, the JSON Schema and pack path checks.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class FieldAttribute(string description) : Attribute
{
    public string Description { get; } = description;

    public FieldKind Kind { get; init; }

    public bool Required { get; init; }

    public string? Pattern { get; init; }

    public double Min { get; init; } = double.NaN;

    public double Max { get; init; } = double.NaN;
}

/// <summary>Marks a model property that is computed by the binder, not read from YAML.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NotAFieldAttribute : Attribute;
