using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NormsEngine.Model;

namespace NormsEngine.Schemas;

/// <summary>
/// The JSON Schema (draft 2020-12) of a practices document, generated from <see cref="FieldCatalog.Organisation"/>
/// so that it cannot drift from the binder. The generated text is committed as <c>organisation.schema.json</c>
/// and embedded in the assembly; a test keeps the two equal.
/// </summary>
internal static class OrganisationSchema
{
    /// <summary>The schema's file name in <c>src/NormsEngine/Schemas</c>.</summary>
    public const string FileName = "organisation.schema.json";

    /// <summary>The manifest resource name of the embedded copy (see the csproj's LogicalName).</summary>
    public const string ResourceName = "NormsEngine.Schemas." + FileName;

    /// <summary>The schema's stable identifier: where the committed file lives.</summary>
    public const string Id = "https://github.com/normsengine/normsengine/blob/main/src/NormsEngine/Schemas/" + FileName;

    private const string ApiVersion = "norms/v1";
    private const string Kind = "Organisation";
    // format: date alone accepts the year 0000, which the binder (like DateOnly) does not.
    private const string DatePattern = @"^(?!0000)\d{4}-\d{2}-\d{2}$";
    private const string ExtensionPattern = "^x-";

    /// <summary>Generates the schema: indented, LF newlines, a final newline, properties in model order.</summary>
    public static string Generate()
    {
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,

            // Descriptions are read by people in editors: keep apostrophes and accents as they are.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteRoot(writer);
        }

        // Utf8JsonWriter uses Environment.NewLine before .NET 9; the committed file is LF everywhere.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Reads the copy embedded in the assembly at build time.</summary>
    public static string ReadEmbedded()
    {
        using var stream = typeof(OrganisationSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return reader.ReadToEnd();
    }

    private static void WriteRoot(Utf8JsonWriter writer)
    {
        var root = FieldCatalog.Organisation;
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        writer.WriteString("$id", Id);
        writer.WriteString("title", "NormsEngine practices document (norms/v1, kind Organisation)");
        writer.WriteString("description",
            "One organisation's declared security practices, checked by NormsEngine against the principles of the Paris Call " +
            "for Trust and Security in Cyberspace. Generated from the NormsEngine practices model; do not edit by hand. " +
            "Every section is optional; fields whose names start with x- are extension fields for custom rule packs.");
        writer.WriteString("type", "object");

        writer.WriteStartArray("required");
        writer.WriteStringValue("apiVersion");
        writer.WriteStringValue("kind");
        foreach (var field in root.Fields.Where(IsRequired))
        {
            writer.WriteStringValue(field.Name);
        }

        writer.WriteEndArray();

        writer.WriteStartObject("properties");
        writer.WriteStartObject("apiVersion");
        writer.WriteString("description", $"Version of the practices-document format; must be {ApiVersion}.");
        writer.WriteString("const", ApiVersion);
        writer.WriteEndObject();
        writer.WriteStartObject("kind");
        writer.WriteString("description", $"Kind of document; must be {Kind}.");
        writer.WriteString("const", Kind);
        writer.WriteEndObject();
        WriteFields(writer, root);
        writer.WriteEndObject();

        WriteExtensionsAllowed(writer);
        writer.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter writer, FieldShape shape)
    {
        foreach (var field in shape.Fields)
        {
            writer.WriteStartObject(field.Name);
            writer.WriteString("description", field.Description);

            // The binder reads `field:` with no value as "not declared", so null is valid wherever a field is optional.
            WriteShape(writer, field.Shape, nullable: !IsRequired(field));
            WriteDefault(writer, field);
            writer.WriteEndObject();
        }
    }

    private static void WriteShape(Utf8JsonWriter writer, FieldShape shape, bool nullable)
    {
        switch (shape.Kind)
        {
            case ValueKind.Boolean:
                WriteType(writer, "boolean", nullable);
                break;
            case ValueKind.Integer:
            case ValueKind.Number:
                WriteType(writer, shape.Kind == ValueKind.Integer ? "integer" : "number", nullable);
                WriteBound(writer, "minimum", shape.Min);
                WriteBound(writer, "maximum", shape.Max);
                break;
            case ValueKind.Date:
                WriteType(writer, "string", nullable);
                writer.WriteString("format", "date");
                writer.WriteString("pattern", DatePattern);
                break;
            case ValueKind.Text:
                // A number or boolean is never text: the binder asks for quotes (name: "2024"), as "type": "string" does.
                WriteType(writer, "string", nullable);
                if (shape.IsUrl)
                {
                    // The pattern is the binder's own (https in any case, a host, no spaces); every URL it accepts is a URI.
                    writer.WriteString("format", "uri");
                }

                if (shape.Pattern is not null)
                {
                    writer.WriteString("pattern", shape.Pattern);
                }

                break;
            case ValueKind.Enum:
                writer.WriteStartArray("enum");
                foreach (var (name, _) in shape.EnumValues)
                {
                    writer.WriteStringValue(name);
                }

                if (nullable)
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndArray();
                break;
            case ValueKind.List:
                WriteType(writer, "array", nullable);

                // The binder rejects empty items, so items are never nullable.
                writer.WriteStartObject("items");
                WriteShape(writer, shape.Element!, nullable: false);
                writer.WriteEndObject();

                // No uniqueItems: the spec says a list of enums ignores a repeated value, and so does the binder.
                break;
            case ValueKind.Object:
                WriteType(writer, "object", nullable);
                var required = shape.Fields.Where(IsRequired).ToList();
                if (required.Count > 0)
                {
                    writer.WriteStartArray("required");
                    foreach (var field in required)
                    {
                        writer.WriteStringValue(field.Name);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteStartObject("properties");
                WriteFields(writer, shape);
                writer.WriteEndObject();
                WriteExtensionsAllowed(writer);
                break;
            default:
                throw new InvalidOperationException($"The schema has no mapping for the value kind {shape.Kind}.");
        }
    }

    private static void WriteType(Utf8JsonWriter writer, string type, bool nullable)
    {
        if (!nullable)
        {
            writer.WriteString("type", type);
            return;
        }

        writer.WriteStartArray("type");
        writer.WriteStringValue(type);
        writer.WriteStringValue("null");
        writer.WriteEndArray();
    }

    private static void WriteBound(Utf8JsonWriter writer, string keyword, double? bound)
    {
        if (bound is not { } value)
        {
            return;
        }

        // Whole bounds are written as integers so that 4294967295 never turns into 4.294967295E+09.
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            writer.WriteNumber(keyword, (long)value);
        }
        else
        {
            writer.WriteNumber(keyword, value);
        }
    }

    /// <summary>Non-nullable value types (the role switches) are "false or none when omitted"; say so to editors.</summary>
    private static void WriteDefault(Utf8JsonWriter writer, FieldDescriptor field)
    {
        var type = field.Property.PropertyType;
        if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
        {
            return;
        }

        var value = Activator.CreateInstance(type);
        switch (field.Shape.Kind)
        {
            case ValueKind.Boolean:
                writer.WriteBoolean("default", (bool)value!);
                break;
            case ValueKind.Integer:
                writer.WriteNumber("default", Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ValueKind.Number:
                writer.WriteNumber("default", Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case ValueKind.Enum when field.Shape.EnumValues.FirstOrDefault(v => Equals(v.Value, value)) is { Key: { } name }:
                writer.WriteString("default", name);
                break;
        }
    }

    private static void WriteExtensionsAllowed(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("patternProperties");
        writer.WriteStartObject(ExtensionPattern);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
    }

    /// <summary>Required as the binder sees it: marked required, or a section holding a required field (NE0007 when absent).</summary>
    private static bool IsRequired(FieldDescriptor field) =>
        field.Required || (field.Shape.Kind == ValueKind.Object && field.Shape.Fields.Any(f => f.Required));
}
