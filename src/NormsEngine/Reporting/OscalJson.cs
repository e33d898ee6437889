using System.Globalization;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// What the OSCAL outputs share: the version written, our property namespace, the ids made from rule IDs, and the
/// writing of values whose OSCAL types are narrower than JSON strings (NIST's schemas give a property's value, a
/// party's name and a version the pattern <c>^\S(.*\S)?$</c>: one line, not empty, no space at either end).
/// </summary>
internal static class OscalJson
{
    /// <summary>The OSCAL version the outputs follow and validate against.</summary>
    public const string Version = "1.1.3";

    /// <summary>
    /// The namespace of our property names. OSCAL reserves names without a namespace for NIST's own; ours (verdict,
    /// severity, scope, outcome...) are defined here and in the README's OSCAL section.
    /// </summary>
    public const string Namespace = "https://github.com/normsengine/normsengine/ns/oscal";

    /// <summary>The control id of a rule: its ID in lowercase (<c>PC0101</c> is <c>pc0101</c>), as OSCAL catalogs write ids.</summary>
    /// <param name="ruleId">The rule's ID (letters then digits, so the id is always an OSCAL token).</param>
    /// <returns>The control id.</returns>
    public static string ControlId(string ruleId) => ruleId.ToLowerInvariant();

    /// <summary>The id of a rule's assessment objective in the catalog, which findings target (<c>pc0101_obj</c>, as NIST writes <c>ac-6.1_obj</c>).</summary>
    /// <param name="ruleId">The rule's ID.</param>
    /// <returns>The objective's id.</returns>
    public static string ObjectiveId(string ruleId) => ControlId(ruleId) + "_obj";

    /// <summary>A date as an OSCAL date-time with a time zone: midnight UTC.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example <c>2026-10-15T00:00:00Z</c>.</returns>
    public static string DateTime(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>
    /// A value for a field of OSCAL's string type: one line (<see cref="MessageText.Line"/>) without spaces at either
    /// end; <c>null</c> when nothing is left.
    /// </summary>
    /// <param name="value">The value, or <c>null</c>.</param>
    /// <returns>The value, or <c>null</c>.</returns>
    public static string? Value(string? value)
    {
        if (value is null)
        {
            return null;
        }

        // JavaScript's \s, which the schemas' patterns use, also counts U+FEFF; .NET's white space does not.
        var line = MessageText.Line(value).AsSpan();
        var start = 0;
        var end = line.Length;
        while (start < end && IsSpace(line[start]))
        {
            start++;
        }

        while (end > start && IsSpace(line[end - 1]))
        {
            end--;
        }

        return start == end ? null : line[start..end].ToString();
    }

    /// <summary>Whether <paramref name="value"/> is an OSCAL token: a letter or <c>_</c>, then letters, digits, <c>.</c>, <c>-</c> or <c>_</c>.</summary>
    /// <param name="value">A candidate token.</param>
    /// <returns><c>true</c> when it is one.</returns>
    public static bool IsToken(string value)
    {
        if (value.Length == 0 || !(char.IsLetter(value[0]) || value[0] == '_'))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_') || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes one of our properties (in <see cref="Namespace"/>); nothing when the value is empty.</summary>
    /// <param name="json">The writer, inside a <c>props</c> array.</param>
    /// <param name="name">The property's name, a token.</param>
    /// <param name="value">Its value.</param>
    /// <param name="group">The token that relates it to other properties (a principle: <c>p1</c>), or <c>null</c>.</param>
    /// <param name="remarks">Remarks, or <c>null</c>.</param>
    public static void Prop(Utf8JsonWriter json, string name, string? value, string? group = null, string? remarks = null) =>
        WriteProp(json, name, value, Namespace, group, remarks);

    /// <summary>Writes a property OSCAL itself defines (no namespace), such as <c>label</c>; nothing when the value is empty.</summary>
    /// <param name="json">The writer, inside a <c>props</c> array.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">Its value.</param>
    public static void NistProp(Utf8JsonWriter json, string name, string? value) => WriteProp(json, name, value, null, null, null);

    /// <summary>Writes a string unless it is <c>null</c>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value, or <c>null</c>.</param>
    public static void StringIf(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// A file name as a relative or absolute URI reference (each segment percent-encoded, <c>\</c> read as <c>/</c>), for
    /// an evidence's <c>href</c>.
    /// </summary>
    /// <param name="file">The file as the caller named it.</param>
    /// <returns>The reference.</returns>
    public static string FileReference(string file) =>
        string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>Whether a reference is a web address (<c>http</c> or <c>https</c>), which OSCAL links to directly.</summary>
    /// <param name="reference">The reference as the rule gives it.</param>
    /// <param name="uri">The address.</param>
    /// <returns><c>true</c> when it is one.</returns>
    public static bool IsWebAddress(string reference, out Uri uri) =>
        Uri.TryCreate(reference.Trim(), UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void WriteProp(Utf8JsonWriter json, string name, string? value, string? ns, string? group, string? remarks)
    {
        if (Value(value) is not { } text)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", name);
        StringIf(json, "ns", ns);
        json.WriteString("value", text);
        StringIf(json, "group", group);
        StringIf(json, "remarks", remarks);
        json.WriteEndObject();
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
