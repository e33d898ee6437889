using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

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
    /// <summary>
    /// What a URL field accepts, in the JSON Schema (ECMA-262) dialect and shared with the binder: https in any case
    /// (schemes are case-insensitive, RFC 3986 3.1), a host name or IPv4 address, an optional port, then RFC 3986
    /// path, query and fragment characters or percent escapes; no whitespace, no user information, ASCII only
    /// (internationalised names are written in punycode, other characters percent-encoded). Every URL it accepts is
    /// also an RFC 3986 URI, so the schema's <c>format: uri</c> agrees with it.
    /// </summary>
    public const string HttpsUrlPattern =
        "^[Hh][Tt][Tt][Pp][Ss]://" +
        "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?" +
        "(?::[0-9]{1,5})?" +
        "(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})*)*" +
        "(?:\\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?" +
        "(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?$";

    private Regex? _patternRegex;
    private Func<string, bool>? _matcher;

    public required ValueKind Kind { get; init; }

    /// <summary>The CLR type the value binds to (nullable wrapper removed).</summary>
    public required Type ClrType { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Unit for messages and schema descriptions: hours, days or percent.</summary>
    public string? Unit { get; init; }

    /// <summary>A pattern the text must match, in the JSON Schema (ECMA-262) dialect; the schema carries it as written.</summary>
    public string? Pattern { get; init; }

    /// <summary>
    /// <see cref="Pattern"/> compiled with ECMAScript meaning, as a JSON Schema validator applies it: in particular
    /// <c>$</c> matches only at the very end, where .NET's would also match before a final line break (<c>"FRA\n"</c>).
    /// </summary>
    public Regex? PatternRegex => Pattern is null ? null : _patternRegex ??= Compile(Pattern);

    /// <summary>
    /// Whether <paramref name="text"/> matches <see cref="Pattern"/> (true when there is none), as
    /// <see cref="PatternRegex"/> would say, through <see cref="FieldPatterns"/>: the model's own patterns need no regex.
    /// </summary>
    public bool Accepts(string text) => Pattern is null || (_matcher ??= FieldPatterns.For(Pattern))(text);

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
        ValueKind.Integer when Unit is not null => $"a whole number of {Unit}, {Invariant(Min ?? 0)} or more",
        // A count bounded only by the integer type reads as "0 or more", not "from 0 to 2147483647".
        ValueKind.Integer when Max is { } max && max != int.MaxValue => $"a whole number from {Invariant(Min ?? 0)} to {Invariant(max)}",
        ValueKind.Integer => $"a whole number, {Invariant(Min ?? 0)} or more",
        ValueKind.Number => $"a percentage from {Invariant(Min ?? 0)} to {Invariant(Max ?? 100)}",
        ValueKind.Date => "a date as YYYY-MM-DD",
        ValueKind.Text when IsUrl => "an absolute https URL with a host, in ASCII and without spaces (https://example.org/security)",
        ValueKind.Text when Pattern is not null => $"text matching {Pattern}",
        ValueKind.Text => "text",
        ValueKind.Enum => "one of " + string.Join(", ", EnumValues.Select(v => v.Key)),
        ValueKind.Object => "a mapping of fields",
        ValueKind.List => "a list of " + Element!.DescribePlural(),
        _ => Kind.ToString(),
    };

    /// <summary>
    /// Compiles an ECMA-262 pattern for .NET with ECMAScript meaning: each <c>$</c> outside a character class becomes
    /// <c>\z</c> (the very end of the text), <c>\d</c> and <c>\w</c> become their ASCII classes. The engine is
    /// NonBacktracking, so that a 4 MiB value takes linear time whatever the pattern (no lookarounds or backreferences).
    /// </summary>
    internal static Regex Compile(string pattern)
    {
        var translated = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var escaped = pattern[++i];
                translated.Append(escaped switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    'w' => inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]",
                    'D' when !inClass => "[^0-9]",
                    'W' when !inClass => "[^A-Za-z0-9_]",
                    _ => "\\" + escaped,
                });
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '$')
            {
                translated.Append("\\z");
                continue;
            }

            translated.Append(c);
        }

        return new Regex(translated.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>A bound as messages write it on every machine (no culture's separators or minus sign).</summary>
    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
