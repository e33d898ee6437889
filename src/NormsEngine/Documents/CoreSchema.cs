using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsEngine.Documents;

/// <summary>The types of the YAML 1.2 core schema a scalar resolves to.</summary>
internal enum CoreType
{
    Null,
    Bool,
    Int,
    Float,
    Str,
}

/// <summary>
/// Resolves scalars as the YAML 1.2 core schema does (YAML 1.2.2, 10.3.2), the way editors and JSON Schema
/// validators read a practices document: a plain scalar is null, a boolean, an integer, a float or else a string;
/// a quoted or block scalar is a string; the core tags <c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c> and
/// <c>!!null</c> choose the type, and the text must then be written as that type.
/// </summary>
internal static partial class CoreSchema
{
    private const string Prefix = YamlTreeNode.CoreTagPrefix;

    /// <summary>The type of a scalar, or <c>null</c> when its tag is not a core scalar tag or its text does not fit the tag.</summary>
    public static CoreType? Resolve(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        return scalar.Tag switch
        {
            null when scalar.IsPlain => Plain(text),
            null => CoreType.Str,
            Prefix + "str" => CoreType.Str,
            Prefix + "null" => text is "" or "~" or "null" or "Null" or "NULL" ? CoreType.Null : null,
            Prefix + "bool" => IsBoolean(text) ? CoreType.Bool : null,
            Prefix + "int" => IsInteger(text) ? CoreType.Int : null,
            Prefix + "float" => IsInteger(text) || IsFloat(text) ? CoreType.Float : null,
            _ => null,
        };
    }

    /// <summary>Whether a tag is one of the core scalar tags, which <see cref="Resolve"/> honours.</summary>
    public static bool IsScalarTag(string tag) =>
        tag is Prefix + "str" or Prefix + "int" or Prefix + "float" or Prefix + "bool" or Prefix + "null";

    /// <summary>A tag as people write it: <c>!!int</c> for a core tag, otherwise as resolved.</summary>
    public static string Show(string tag) => tag.StartsWith(Prefix, StringComparison.Ordinal) ? "!!" + tag[Prefix.Length..] : tag;

    /// <summary>What a core tag needs, for messages: "an integer" for <c>!!int</c>.</summary>
    public static string Needs(string tag) => tag switch
    {
        Prefix + "null" => "an empty value, ~ or null",
        Prefix + "bool" => "true or false",
        Prefix + "int" => "an integer",
        Prefix + "float" => "a number",
        _ => "a value of that type",
    };

    /// <summary>The value of a boolean text (<c>true</c>, <c>True</c>, <c>TRUE</c>; anything else is false).</summary>
    public static bool IsTrue(string text) => text is "true" or "True" or "TRUE";

    /// <summary>
    /// The value of an integer or float text as a decimal, or <c>null</c> when it has none: infinity, not-a-number,
    /// or beyond decimal's range. Whole texts (decimal, <c>0o</c> octal, <c>0x</c> hexadecimal) are exact.
    /// </summary>
    public static decimal? Number(string text)
    {
        if (OctalInteger().IsMatch(text) || HexInteger().IsMatch(text))
        {
            return Radix(text.AsSpan(2), text[1] == 'x' ? 16 : 8);
        }

        if (!DecimalInteger().IsMatch(text) && !FloatNumber().IsMatch(text))
        {
            return null; // .inf, .nan, or not a number at all
        }

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static CoreType Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return CoreType.Null;
        }

        if (IsBoolean(text))
        {
            return CoreType.Bool;
        }

        if (IsInteger(text))
        {
            return CoreType.Int;
        }

        return IsFloat(text) ? CoreType.Float : CoreType.Str;
    }

    private static bool IsBoolean(string text) => text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE";

    private static bool IsInteger(string text) => DecimalInteger().IsMatch(text) || OctalInteger().IsMatch(text) || HexInteger().IsMatch(text);

    private static bool IsFloat(string text) => FloatNumber().IsMatch(text) || SpecialFloat().IsMatch(text);

    private static decimal? Radix(ReadOnlySpan<char> digits, int radix)
    {
        var value = 0m;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => radix,
            };
            if (digit >= radix || value > (decimal.MaxValue - digit) / radix)
            {
                return null;
            }

            value = (value * radix) + digit;
        }

        return value;
    }

    // The core schema's own expressions (YAML 1.2.2, 10.3.2), anchored at the very end of the text.
    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^0o[0-7]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex FloatNumber();

    [GeneratedRegex(@"^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z", RegexOptions.CultureInvariant)]
    private static partial Regex SpecialFloat();
}
