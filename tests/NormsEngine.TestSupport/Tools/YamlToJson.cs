using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NormsEngine.TestSupport.Tools;

/// <summary>
/// Turns each document of a YAML file into JSON with YAML 1.2 core-schema scalars, as yaml-language-server reads them.
/// ajv-cli's own YAML loader (js-yaml 3, YAML 1.1) turns <c>2025-03-02</c> into a Date object, which no JSON Schema
/// "string" accepts, and reads only one document per file. The core tags (<c>!!int 24</c>, <c>!!str 24</c>) choose the
/// type, as YAML says; a value JSON cannot hold (another tag, <c>.inf</c>, <c>!!int abc</c>) throws <see cref="NotSupportedException"/>.
/// </summary>
public static partial class YamlToJson
{
    public static IReadOnlyList<string> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var documents = new List<string>(stream.Documents.Count);
        foreach (var document in stream.Documents)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                Write(writer, document.RootNode);
            }

            documents.Add(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        return documents;
    }

    private const string CoreTag = "tag:yaml.org,2002:";

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                CheckCollectionTag(mapping, "map");
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(key is YamlScalarNode { Value: { } name } ? name : key.ToString());
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                CheckCollectionTag(sequence, "seq");
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>A collection may carry no tag, the non-specific <c>!</c>, or its own core tag; JSON has no place for any other.</summary>
    private static void CheckCollectionTag(YamlNode node, string kind)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && node.Tag.Value != CoreTag + kind)
        {
            throw new NotSupportedException($"The tag {node.Tag.Value} on a {kind} has no JSON meaning.");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Tag.IsEmpty)
        {
            if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
            {
                WritePlain(writer, text);
            }
            else
            {
                writer.WriteStringValue(text);
            }

            return;
        }

        // The non-specific tag ! makes any scalar a string (YAML 1.2.2, 3.3.2); the core tags choose the type.
        var tag = scalar.Tag.IsNonSpecific ? CoreTag + "str" : scalar.Tag.Value;
        var written = tag switch
        {
            CoreTag + "str" => WriteString(writer, text),
            CoreTag + "null" when text is "" or "~" or "null" or "Null" or "NULL" => WriteNull(writer),
            CoreTag + "bool" when text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => WritePlain(writer, text),
            CoreTag + "int" when IsInteger(text) => WritePlain(writer, text),
            CoreTag + "float" when IsInteger(text) || FloatPattern().IsMatch(text) => WriteNumber(writer, text),
            _ => false,
        };
        if (!written)
        {
            throw new NotSupportedException($"The scalar '{text}' tagged {tag} has no JSON meaning.");
        }
    }

    /// <summary>A plain scalar by the YAML 1.2 core schema: null, boolean, integer, float, or else a string.</summary>
    private static bool WritePlain(Utf8JsonWriter writer, string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            writer.WriteNullValue();
        }
        else if (text is "true" or "True" or "TRUE")
        {
            writer.WriteBooleanValue(true);
        }
        else if (text is "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(false);
        }
        else if (IsInteger(text) || FloatPattern().IsMatch(text))
        {
            WriteNumber(writer, text);
        }
        else if (SpecialFloatPattern().IsMatch(text))
        {
            throw new NotSupportedException($"The float {text} has no JSON form.");
        }
        else
        {
            writer.WriteStringValue(text);
        }

        return true;
    }

    /// <summary>Writes a core-schema integer or float as a JSON number, digits as written (hex and octal converted).</summary>
    private static bool WriteNumber(Utf8JsonWriter writer, string text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal) || text.StartsWith("0o", StringComparison.Ordinal))
        {
            var value = BigInteger.Zero;
            var radix = text[1] == 'x' ? 16 : 8;
            foreach (var c in text[2..])
            {
                value = (value * radix) + Convert.ToInt32(c.ToString(), 16);
            }

            writer.WriteRawValue(value.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        // JSON numbers have no "+", no leading zeros and digits on both sides of a point; YAML allows "+1", "007", ".5", "5.".
        var parts = NumberParts().Match(text);
        var digits = parts.Groups["int"].Value.TrimStart('0');
        var json = new StringBuilder();
        json.Append(parts.Groups["sign"].Value == "-" ? "-" : string.Empty).Append(digits.Length == 0 ? "0" : digits);
        if (parts.Groups["frac"].Value.Length > 0)
        {
            json.Append('.').Append(parts.Groups["frac"].Value);
        }

        if (parts.Groups["exp"].Success)
        {
            json.Append('e').Append(parts.Groups["exp"].Value);
        }

        writer.WriteRawValue(json.ToString());
        return true;
    }

    private static bool WriteString(Utf8JsonWriter writer, string text)
    {
        writer.WriteStringValue(text);
        return true;
    }

    private static bool WriteNull(Utf8JsonWriter writer)
    {
        writer.WriteNullValue();
        return true;
    }

    private static bool IsInteger(string text) => IntegerPattern().IsMatch(text) || OctalPattern().IsMatch(text) || HexPattern().IsMatch(text);

    [GeneratedRegex(@"^[-+]?[0-9]+\z")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^0o[0-7]+\z")]
    private static partial Regex OctalPattern();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+\z")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<int>[0-9]*)(?:\.(?<frac>[0-9]*))?(?:[eE](?<exp>[-+]?[0-9]+))?\z")]
    private static partial Regex NumberParts();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\z")]
    private static partial Regex SpecialFloatPattern();
}
