using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using NormsEngine.Model;

namespace NormsEngine.Tests.Docs;

/// <summary>
/// A practices document for probing the rules: a set of declared fields (path to a JSON value), written out in the
/// model's field order. JSON is YAML, so the engine reads the text as it reads any document. Fields inside list items
/// are written <c>supplyChain.suppliers[0].name</c>; a declared item or section that misses a required field gets
/// its high value (<see cref="ProbeValues.Level"/>), so every probe is a valid document.
/// </summary>
internal sealed class ProbeDocument
{
    private readonly ImmutableSortedDictionary<string, string> _values;

    private ProbeDocument(ImmutableSortedDictionary<string, string> values) => _values = values;

    /// <summary>A document that declares only its required fields.</summary>
    public static ProbeDocument Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>Whether the probe declares <paramref name="path"/> or anything inside it.</summary>
    public bool Declares(string path) =>
        _values.ContainsKey(path) || _values.Keys.Any(k => IsInside(k, path));

    /// <summary>
    /// The probe with <paramref name="path"/> set to <paramref name="json"/>, or no longer declared when it is
    /// <c>null</c>: what was declared inside it, or as the whole of a list or section holding it, goes.
    /// </summary>
    public ProbeDocument With(string path, string? json)
    {
        var values = _values.RemoveRange(_values.Keys.Where(k => k == path || IsInside(k, path) || IsInside(path, k)));
        return new ProbeDocument(json is null ? values : values.SetItem(path, json));
    }

    /// <summary>The document's text: a JSON object, which is also a YAML document.</summary>
    public string ToYaml()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("apiVersion", "norms/v1");
            writer.WriteString("kind", "Organisation");
            WriteFields(writer, FieldCatalog.Organisation, string.Empty);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="outer"/> (a field of it, or of an item of it).</summary>
    private static bool IsInside(string path, string outer) =>
        path.Length > outer.Length && path.StartsWith(outer, StringComparison.Ordinal) && path[outer.Length] is '.' or '[';

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private void WriteFields(Utf8JsonWriter writer, FieldShape shape, string path)
    {
        foreach (var field in shape.Fields)
        {
            var childPath = Child(path, field.Name);
            if (_values.TryGetValue(childPath, out var json))
            {
                writer.WritePropertyName(field.Name);
                writer.WriteRawValue(json);
            }
            else if (field.Shape.Kind == ValueKind.Object && (Declares(childPath) || HoldsRequired(field)))
            {
                writer.WriteStartObject(field.Name);
                WriteFields(writer, field.Shape, childPath);
                writer.WriteEndObject();
            }
            else if (field.Shape is { Kind: ValueKind.List, Element.Kind: ValueKind.Object } && Declares(childPath))
            {
                writer.WriteStartArray(field.Name);
                for (var i = 0; Declares($"{childPath}[{i}]"); i++)
                {
                    writer.WriteStartObject();
                    WriteFields(writer, field.Shape.Element, $"{childPath}[{i}]");
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }
            else if (field.Required)
            {
                writer.WritePropertyName(field.Name);
                writer.WriteRawValue(ProbeValues.Level(field.Shape, ProbeLevel.High)!);
            }
        }
    }

    /// <summary>A section that holds a required field is required itself (the binder reports NE0007 without it).</summary>
    private static bool HoldsRequired(FieldDescriptor field) => field.Shape.Fields.Any(f => f.Required);
}
