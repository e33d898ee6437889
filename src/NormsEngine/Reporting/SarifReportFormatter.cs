using System.Text;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For code scanning: SARIF 2.1.0, one run. Each finding is a result with its level, message, region, YAML path,
/// <c>partialFingerprints</c>, <c>suppressions</c> and <c>baselineState</c>, written as soon as its document is
/// done (the run's own findings last); after the results, <c>tool.driver.rules</c> holds the descriptor of every
/// rule that reported a finding, in the order the results first name them (ID, name, short and full description,
/// help, default level, principle, tags, references), the invocation carries the run's configuration, and the run's
/// properties give each document's verdicts. Relative files are relative to <c>%SRCROOT%</c>. Deterministic: no
/// timestamps, no machine paths beyond those in the report.
/// </summary>
public sealed class SarifReportFormatter : IStreamingReportFormatter
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
    public void Write(Report report, TextWriter writer) => ReportWriter.WriteReport(Open(writer), report);

    /// <inheritdoc/>
    ReportWriter IStreamingReportFormatter.Open(TextWriter writer) => Open(writer);

    private static Writer Open(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new Writer(writer);
    }

    /// <summary>
    /// Results as each document is done; the rules (in the order results first name them, so that a result's
    /// <c>ruleIndex</c> is known when it is written) and the invocation after them; the documents' verdicts, which
    /// close the run, wait in a spool.
    /// </summary>
    private sealed class Writer : ReportWriter
    {
        // The documents' verdicts sit at run.properties.documents: five levels down.
        private const string DocumentsTail = "\n        ]\n      }\n    }\n  ]\n}\n";
        private const string EmptyDocumentsTail = "]\n      }\n    }\n  ]\n}\n";

        private readonly TextWriter _writer;
        private readonly JsonOutput _output;
        private readonly List<RuleDescriptor> _rules = [];
        private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Severity> _changedSeverities = new(StringComparer.Ordinal);
        private readonly List<(string Id, Severity Severity)> _changedInOrder = [];
        private readonly HashSet<string> _principles = new(StringComparer.Ordinal);
        private readonly TextSpool _documents = new();
        private readonly Utf8JsonWriter _documentsJson;
        private readonly long _documentsStart;
        private RunSettings _settings = new();
        private string _toolVersion = string.Empty;
        private bool _anyDocument;

        public Writer(TextWriter writer)
        {
            _writer = writer;
            _output = new JsonOutput(writer);

            // The spool's writer opens the same nesting as the output, so that its items are indented for their place.
            _documentsJson = new Utf8JsonWriter(_documents.Stream, JsonOutput.Options);
            _documentsJson.WriteStartObject();
            _documentsJson.WriteStartArray("runs");
            _documentsJson.WriteStartObject();
            _documentsJson.WriteStartObject("properties");
            _documentsJson.WriteStartArray("documents");
            _documentsJson.Flush();
            _documentsStart = _documents.Stream.Position;
        }

        public override void Begin(ReportHeader header)
        {
            _settings = header.Settings;
            _toolVersion = header.ToolVersion;
            var json = _output.Json;
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            _output.Flush();
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            foreach (var principle in document.Principles)
            {
                _principles.Add(principle.Principle.Id);
            }

            WriteResults(document.Findings);
            _output.Flush();
            WriteDocumentProperties(_documentsJson, document);
            _documentsJson.Flush();
            _anyDocument = true;
        }

        public override void End(ReportEnd end)
        {
            WriteResults(end.RunFindings);
            var json = _output.Json;
            json.WriteEndArray();
            WriteTool(json, _toolVersion, _rules);
            WriteInvocation(json, _settings, Overrides(), _ruleIndex, end.Baseline);
            json.WriteStartObject("properties");
            json.WriteStartArray("documents");
            _output.Flush();
            if (_anyDocument)
            {
                _documents.CopyTo(_writer, _documentsStart, JsonOutput.StripCarriageReturns);
                _writer.Write(DocumentsTail);
            }
            else
            {
                _writer.Write(EmptyDocumentsTail);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _output.Dispose();
                _documentsJson.Dispose();
                _documents.Dispose();
            }

            base.Dispose(disposing);
        }

        private void WriteResults(IReadOnlyList<Finding> findings)
        {
            foreach (var finding in findings)
            {
                if (finding.Principle is { } principle)
                {
                    _principles.Add(principle);
                }

                if (!_ruleIndex.TryGetValue(finding.RuleId, out var index))
                {
                    index = _rules.Count;
                    _rules.Add(finding.Descriptor);
                    _ruleIndex.Add(finding.RuleId, index);
                }

                if (finding.Severity != finding.Descriptor.DefaultSeverity && _changedSeverities.TryAdd(finding.RuleId, finding.Severity))
                {
                    _changedInOrder.Add((finding.RuleId, finding.Severity));
                }

                WriteResult(_output.Json, finding, index);
            }
        }

        /// <summary>
        /// SARIF can only say "rule X has level Y": exact IDs from the settings, then every reported rule whose
        /// effective severity differs from its default (through a prefix or a principle); the settings themselves
        /// are in the invocation's properties.
        /// </summary>
        private List<(string Id, Severity Severity)> Overrides() =>
            [.. _settings.SeverityOverrides
                .Where(o => RuleDescriptor.IsValidId(o.Key) && !_principles.Contains(o.Key) && !IsPrincipleId(o.Key))
                .Select(o => (Id: o.Key, Severity: o.Value))
                .Concat(_changedInOrder)
                .DistinctBy(o => o.Id, StringComparer.Ordinal)
                .OrderBy(o => o.Id, StringComparer.Ordinal)];
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

    private static void WriteTool(Utf8JsonWriter json, string toolVersion, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        json.WriteString("version", toolVersion);
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

    private static void WriteInvocation(Utf8JsonWriter json, RunSettings settings, IReadOnlyList<(string Id, Severity Severity)> overrides, IReadOnlyDictionary<string, int> ruleIndex, BaselineSummary? baseline)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
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
        if (baseline is not null)
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

    /// <summary>A document's verdicts, which SARIF has no place for: an entry of the run's <c>properties.documents</c>.</summary>
    private static void WriteDocumentProperties(Utf8JsonWriter json, DocumentReport document)
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
