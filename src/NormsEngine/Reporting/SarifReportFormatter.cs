using System.Text;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For code scanning: SARIF 2.1.0, one run. <c>tool.driver.rules</c> holds the descriptor of every rule that
/// reported a finding (ID, name, short and full description, help, default level, principle, tags, references);
/// each finding is a result with its level, message, region, YAML path, <c>partialFingerprints</c>,
/// <c>suppressions</c> and <c>baselineState</c>; the invocation carries the run's configuration. Relative files
/// are relative to <c>%SRCROOT%</c>. Deterministic: no timestamps, no machine paths beyond those in the report.
/// </summary>
public sealed class SarifReportFormatter : IReportFormatter
{
    /// <summary>The SARIF schema the output declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of the finding's fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "normsFingerprint/v1";

    /// <summary>The URI base ID that relative file paths are resolved against.</summary>
    public const string SourceRoot = "%SRCROOT%";

    private const string ToolName = "norms";
    private const string ToolInformationUri = "https://github.com/normsengine/normsengine";

    /// <inheritdoc/>
    public string Name => "sarif";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var findings = report.AllFindings.ToList();
        var rules = findings.Select(f => f.Descriptor)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report, rules);
            WriteInvocation(json, report, ruleIndex);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, ruleIndex[finding.RuleId]);
            }

            json.WriteEndArray();
            WriteRunProperties(json, report);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The SARIF level for a severity: <c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</summary>
    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A rule's <c>name</c>: its title in PascalCase (<c>Keys are unique in a mapping</c> gives <c>KeysAreUniqueInAMapping</c>), or its ID when the title gives no identifier.</summary>
    internal static string RuleName(RuleDescriptor descriptor)
    {
        var name = new StringBuilder();
        var startOfWord = true;
        foreach (var c in descriptor.Title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name.ToString() : descriptor.Id;
    }

    /// <summary>
    /// A file as a SARIF URI: a relative path becomes a relative reference with forward slashes, each segment
    /// percent-encoded; an absolute path becomes a <c>file</c> URI.
    /// </summary>
    internal static (string Uri, bool Relative) FileUri(string file)
    {
        if (Path.IsPathFullyQualified(file))
        {
            return (new Uri(file).AbsoluteUri, false);
        }

        var segments = file.Replace('\\', '/').Split('/');
        return (string.Join("/", segments.Select(Uri.EscapeDataString)), true);
    }

    private static void WriteTool(Utf8JsonWriter json, Report report, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteString("version", report.ToolVersion);
        json.WriteString("informationUri", ToolInformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule));
            WriteMessage(json, "shortDescription", rule.Title);
            if (rule.Description.Length > 0)
            {
                WriteMessage(json, "fullDescription", rule.Description);
            }

            if (rule.Remediation.Length > 0)
            {
                WriteMessage(json, "help", rule.Remediation);
            }

            json.WriteString("helpUri", rule.HelpUri.ToString());
            json.WriteStartObject("defaultConfiguration");
            if (!rule.IsEnabledByDefault)
            {
                json.WriteBoolean("enabled", false);
            }

            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            if (rule.Principle is { } principle)
            {
                json.WriteString("principle", principle);
            }

            json.WriteString("category", rule.Category);
            WriteStrings(json, "tags", rule.Tags.Distinct(StringComparer.Ordinal));
            WriteStrings(json, "references", rule.References);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, Report report, IReadOnlyDictionary<string, int> ruleIndex)
    {
        var settings = report.Settings;
        var principles = report.Documents.SelectMany(d => d.Principles).Select(p => p.Principle.Id)
            .Concat(report.AllFindings.Select(f => f.Principle).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);

        // SARIF can only say "rule X has level Y": exact IDs from the settings, then every reported rule whose
        // effective severity differs from its default (through a prefix or a principle); the settings themselves
        // are in the properties below.
        var overrides = settings.SeverityOverrides
            .Where(o => RuleDescriptor.IsValidId(o.Key) && !principles.Contains(o.Key) && !IsPrincipleId(o.Key))
            .Select(o => (Id: o.Key, Severity: o.Value))
            .Concat(report.AllFindings
                .Where(f => f.Severity != f.Descriptor.DefaultSeverity)
                .Select(f => (Id: f.RuleId, f.Severity)))
            .DistinctBy(o => o.Id, StringComparer.Ordinal)
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .ToList();
        if (overrides.Count > 0)
        {
            json.WriteStartArray("ruleConfigurationOverrides");
            foreach (var (id, severity) in overrides)
            {
                json.WriteStartObject();
                json.WriteStartObject("descriptor");
                json.WriteString("id", id);
                if (ruleIndex.TryGetValue(id, out var index))
                {
                    json.WriteNumber("index", index);
                }

                json.WriteEndObject();
                json.WriteStartObject("configuration");
                if (severity == Severity.None)
                {
                    json.WriteBoolean("enabled", false);
                }

                json.WriteString("level", Level(severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("failOn", Names.Of(settings.FailOn));
        WriteStrings(json, "packs", settings.Packs);
        json.WriteStartObject("severityOverrides");
        foreach (var (key, severity) in settings.SeverityOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, Names.Of(severity));
        }

        json.WriteEndObject();
        json.WriteStartObject("thresholds");
        foreach (var (key, value) in settings.ThresholdOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
        json.WriteString("configurationFile", settings.ConfigurationFile);
        if (report.Baseline is { } baseline)
        {
            json.WriteStartObject("baseline");
            json.WriteString("file", baseline.File);
            json.WriteNumber("new", baseline.New);
            json.WriteNumber("unchanged", baseline.Unchanged);
            json.WriteNumber("absent", baseline.Absent);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        if (HasLocation(finding.Location))
        {
            json.WriteStartArray("locations");
            WriteLocation(json, finding.Location);
            json.WriteEndArray();
        }

        if (finding.Fingerprint.Length > 0)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, finding.Fingerprint);
            json.WriteEndObject();
        }

        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", Names.Of(suppression.Kind));
            json.WriteString("status", "accepted");
            json.WriteString("justification", suppression.Justification);
            if (suppression.Source is { } source && HasLocation(source))
            {
                json.WritePropertyName("location");
                WriteLocation(json, source);
            }

            if (suppression.Owner is not null || suppression.Expires is not null)
            {
                json.WriteStartObject("properties");
                if (suppression.Owner is { } owner)
                {
                    json.WriteString("owner", owner);
                }

                if (suppression.Expires is { } expires)
                {
                    json.WriteString("expires", Names.Of(expires));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.BaselineState is { } state)
        {
            json.WriteString("baselineState", Names.Of(state));
        }

        json.WriteStartObject("properties");
        if (finding.Principle is { } principle)
        {
            json.WriteString("principle", principle);
        }

        json.WriteString("outcome", Names.Of(finding.Outcome));
        json.WriteString("severity", Names.Of(finding.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static bool HasLocation(SourceLocation location) => location.File is not null || location.Path.Length > 0;

    /// <summary>A location: the file and region when known (a region only with a position), and the YAML path as a logical location.</summary>
    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject();
        if (location.File is { } file)
        {
            var (uri, relative) = FileUri(file);
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", uri);
            if (relative)
            {
                json.WriteString("uriBaseId", SourceRoot);
            }

            json.WriteEndObject();
            if (location.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", location.Line);
                json.WriteNumber("startColumn", Math.Max(1, location.Column));
                if (location.EndLine >= location.Line)
                {
                    json.WriteNumber("endLine", location.EndLine);
                    var endColumn = location.EndLine == location.Line ? Math.Max(location.EndColumn, Math.Max(1, location.Column)) : Math.Max(1, location.EndColumn);
                    json.WriteNumber("endColumn", endColumn);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (location.Path.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", location.Path);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>The verdicts, which SARIF has no place for, as run properties.</summary>
    private static void WriteRunProperties(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("properties");
        json.WriteStartArray("documents");
        foreach (var document in report.Documents)
        {
            json.WriteStartObject();
            json.WriteString("file", document.File);
            json.WriteNumber("index", document.Index);
            json.WriteString("name", document.Name);
            json.WriteString("asOf", Names.Of(document.AsOf));
            json.WriteString("asOfSource", Names.Of(document.AsOfSource));
            json.WriteBoolean("evaluated", document.Evaluated);
            json.WriteStartObject("verdicts");
            foreach (var principle in document.Principles)
            {
                json.WriteString(principle.Principle.Id, Names.Of(principle.Verdict));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static bool IsPrincipleId(string key) =>
        key.Length >= 2 && key[0] == 'P' && key.Skip(1).All(char.IsAsciiDigit) && key.Length <= 3;
}
