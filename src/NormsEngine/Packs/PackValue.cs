using System.Collections;
using System.Globalization;
using NormsEngine.Model;

namespace NormsEngine.Packs;

/// <summary>
/// The values YAML pack conditions compare, in one normal form: <see cref="bool"/>, <see cref="decimal"/> (every
/// number), <see cref="DateOnly"/>, <see cref="string"/> (texts and enum values by their YAML name), lists of
/// those, or <c>null</c> (not declared). Extension values are typed at run time: a text that reads as a date is one.
/// </summary>
internal static class PackValue
{
    public const string DateFormat = "yyyy-MM-dd";

    public static object? Normalize(object? raw) => raw switch
    {
        null => null,
        bool or decimal or DateOnly or string => raw,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        Enum e => FieldCatalog.YamlName(e.ToString()),
        IDictionary => raw,
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToArray(),
        _ => raw,
    };

    public static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        string s when DateOnly.TryParseExact(s, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    /// <summary>Equality across the normal forms, or <c>null</c> when the two values cannot be compared.</summary>
    public static bool? Same(object value, object other)
    {
        if (value is decimal a && other is decimal b)
        {
            return a == b;
        }

        if (value is DateOnly || other is DateOnly)
        {
            return AsDate(value) is { } x && AsDate(other) is { } y ? x == y : null;
        }

        if (value is string s && other is string t)
        {
            return string.Equals(s, t, StringComparison.Ordinal);
        }

        if (value is bool p && other is bool q)
        {
            return p == q;
        }

        return null;
    }

    /// <summary>Order of two numbers or two dates, or <c>null</c> when they cannot be ordered.</summary>
    public static int? Compare(object value, object other)
    {
        if (value is decimal a && other is decimal b)
        {
            return a.CompareTo(b);
        }

        return AsDate(value) is { } x && AsDate(other) is { } y ? x.CompareTo(y) : null;
    }

    /// <summary>A value as a message shows it: invariant numbers, dates as yyyy-MM-dd, "not declared" for null.</summary>
    public static string Format(object? value) => value switch
    {
        null => "not declared",
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString(DateFormat, CultureInfo.InvariantCulture),
        string s => s,
        IDictionary => "(a mapping)",
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Format)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>What a value is, for messages about extension values of an unexpected type.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "nothing",
        bool => "true or false",
        decimal => "a number",
        DateOnly => "a date",
        string => "text",
        IDictionary => "a mapping",
        IEnumerable => "a list",
        _ => value.GetType().Name,
    };
}
