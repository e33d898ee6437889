using System.Reflection;

namespace NormsEngine.Model;

/// <summary>
/// The shape of the practices document, read once from the model's properties and their <see cref="FieldAttribute"/>s.
/// The binder, the JSON Schema and the rule-pack path checks all read this one description.
/// </summary>
internal static class FieldCatalog
{
    private static readonly Lazy<FieldShape> RootShape = new(() => ShapeOf(typeof(Organisation), null));

    /// <summary>The shape of a whole practices document's <see cref="Organisation"/> (without apiVersion and kind).</summary>
    public static FieldShape Organisation => RootShape.Value;

    /// <summary>The YAML name of a model property or enum member: its name in camelCase.</summary>
    public static string YamlName(string clrName) =>
        clrName.Length == 0 ? clrName : char.ToLowerInvariant(clrName[0]) + clrName[1..];

    /// <summary>Finds the shape at a dotted path (<c>hygiene.mfa.adminPct</c>); list items are written <c>suppliers[]</c> or <c>suppliers[3]</c>.</summary>
    public static FieldDescriptor? Find(string path)
    {
        FieldShape shape = Organisation;
        FieldDescriptor? found = null;
        foreach (var raw in path.Split('.'))
        {
            var bracket = raw.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? raw[..bracket] : raw;
            if (shape.Kind != ValueKind.Object || !shape.FieldsByName.TryGetValue(name, out found))
            {
                return null;
            }

            shape = found.Shape;
            if (bracket >= 0)
            {
                if (shape.Kind != ValueKind.List)
                {
                    return null;
                }

                shape = shape.Element!;
            }
        }

        return found;
    }

    private static FieldShape ShapeOf(Type type, FieldAttribute? field)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(bool))
        {
            return new FieldShape { Kind = ValueKind.Boolean, ClrType = underlying };
        }

        if (underlying == typeof(int) || underlying == typeof(long))
        {
            return new FieldShape
            {
                Kind = ValueKind.Integer,
                ClrType = underlying,
                Min = field is { Min: var min } && !double.IsNaN(min) ? min : 0,
                Max = field is { Max: var max } && !double.IsNaN(max) ? max : (underlying == typeof(int) ? int.MaxValue : null),
                Unit = field?.Kind switch { FieldKind.Hours => "hours", FieldKind.Days => "days", _ => null },
            };
        }

        if (underlying == typeof(decimal))
        {
            return new FieldShape { Kind = ValueKind.Number, ClrType = underlying, Min = 0, Max = 100, Unit = "percent" };
        }

        if (underlying == typeof(DateOnly))
        {
            return new FieldShape { Kind = ValueKind.Date, ClrType = underlying };
        }

        if (underlying == typeof(string))
        {
            return new FieldShape
            {
                Kind = ValueKind.Text,
                ClrType = underlying,
                Pattern = field?.Kind == FieldKind.Url ? FieldShape.HttpsUrlPattern : field?.Pattern,
                IsUrl = field?.Kind == FieldKind.Url,
            };
        }

        if (underlying.IsEnum)
        {
            var values = underlying
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => new KeyValuePair<string, object>(YamlName(f.Name), f.GetValue(null)!))
                .ToArray();
            return new FieldShape { Kind = ValueKind.Enum, ClrType = underlying, EnumValues = values };
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = ShapeOf(underlying.GetGenericArguments()[0], field);
            return new FieldShape { Kind = ValueKind.List, ClrType = underlying, Element = element };
        }

        var fields = new List<FieldDescriptor>();
        foreach (var property in underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<FieldAttribute>();
            if (attribute is null)
            {
                continue;
            }

            fields.Add(new FieldDescriptor
            {
                Name = YamlName(property.Name),
                Property = property,
                Shape = ShapeOf(property.PropertyType, attribute),
                Description = attribute.Description,
                Required = attribute.Required,
            });
        }

        return new FieldShape
        {
            Kind = ValueKind.Object,
            ClrType = underlying,
            Fields = fields,
            FieldsByName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal),
        };
    }
}
