using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// SARIF's <c>tool.driver</c>: the tool and a reporting descriptor per rule, in the shape GitHub code scanning
/// ingests: every rule has a short identifier-like <c>name</c>, a <c>shortDescription</c>, a
/// <c>fullDescription</c> and a <c>help</c> (falling back to the title and to the message format when a pack gives
/// no description or remediation), and a <c>helpUri</c> only when the rule has a page.
/// </summary>
internal static partial class SarifDriver
{
    /// <summary>The longest rule <c>name</c> written: a title longer than that gives its first words.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The tool's name.</summary>
    public const string ToolName = "norms";

    private const string ToolInformationUri = "https://github.com/normsengine/normsengine";

    /// <summary>
    /// A rule's <c>name</c>: its title in PascalCase (<c>Keys are unique in a mapping</c> gives
    /// <c>KeysAreUniqueInAMapping</c>), whole words up to <see cref="MaxNameLength"/> characters (a single longer
    /// word is cut), or its ID when the title gives no identifier starting with a letter.
    /// </summary>
    public static string RuleName(RuleDescriptor descriptor)
    {
        var name = new StringBuilder();
        foreach (var word in Word().EnumerateMatches(descriptor.Title))
        {
            var text = descriptor.Title.AsSpan(word.Index, word.Length);
            if (name.Length + text.Length > MaxNameLength)
            {
                if (name.Length == 0)
                {
                    name.Append(char.ToUpperInvariant(text[0])).Append(text[1..MaxNameLength]);
                }

                break;
            }

            name.Append(char.ToUpperInvariant(text[0])).Append(text[1..]);
        }

        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name.ToString() : descriptor.Id;
    }

    /// <summary>The rule's <c>fullDescription</c>: its description, else its title.</summary>
    public static string FullDescription(RuleDescriptor descriptor) =>
        descriptor.Description.Trim().Length > 0 ? MessageText.Prose(descriptor.Description) : MessageText.Line(descriptor.Title);

    /// <summary>
    /// The rule's <c>help</c>: its remediation, else what its findings say (the message format, each value shown
    /// as <c>…</c>), else its title.
    /// </summary>
    public static string Help(RuleDescriptor descriptor)
    {
        if (descriptor.Remediation.Trim().Length > 0)
        {
            return MessageText.Prose(descriptor.Remediation);
        }

        var message = Placeholder().Replace(descriptor.MessageFormat, "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        return message.Trim('…', ' ').Length > 0 ? MessageText.Prose(message) : MessageText.Line(descriptor.Title);
    }

    /// <summary>Writes <c>tool</c>: the driver and the rules the results name.</summary>
    public static void WriteTool(Utf8JsonWriter json, string toolVersion, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteString("fullName", string.Create(CultureInfo.InvariantCulture, $"NormsEngine {ToolName} {toolVersion}"));
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", ToolInformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule));
        WriteMessage(json, "shortDescription", MessageText.Line(rule.Title));
        WriteMessage(json, "fullDescription", FullDescription(rule));
        WriteMessage(json, "help", Help(rule));
        if (rule.HelpUri is { } helpUri)
        {
            json.WriteString("helpUri", helpUri.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        if (!rule.IsEnabledByDefault)
        {
            json.WriteBoolean("enabled", false);
        }

        json.WriteString("level", SarifReportFormatter.Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        if (rule.Principle is { } principle)
        {
            json.WriteString("principle", MessageText.Line(principle));
        }

        json.WriteString("category", MessageText.Line(rule.Category));
        WriteStrings(json, "tags", rule.Tags.Distinct(StringComparer.Ordinal));
        WriteStrings(json, "references", rule.References);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes a message object: <c>{ "text": ... }</c>; the text is already as reports show it.</summary>
    public static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>Writes an array of strings from input, each through <see cref="MessageText.Line(string)"/>.</summary>
    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(MessageText.Line(value));
        }

        json.WriteEndArray();
    }

    [GeneratedRegex("[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // A composite format item: {0}, {1,8}, {2:N0}.
    [GeneratedRegex(@"(?<!\{)\{\d+(,-?\d+)?(:[^{}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
