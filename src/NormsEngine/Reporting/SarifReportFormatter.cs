using System.Globalization;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// For code scanning: SARIF 2.1.0, one run, in the shape GitHub code scanning ingests. Each finding is a result with
/// its level, message, region, YAML path, <c>partialFingerprints</c>, <c>suppressions</c> and
/// <c>baselineState</c>, written as soon as its document is done (the run's own findings last), up to
/// <see cref="MaxResults"/> results (GitHub's limit per run; a notification says how many were left out); after the
/// results, <c>tool.driver.rules</c> holds the descriptor of every rule that reported a finding, in the order the
/// results first name them (see <see cref="SarifDriver"/>), the invocation carries the run's configuration and
/// whether it succeeded (not when an input could not be read, NE0008: each is also a tool execution notification),
/// and the run's properties give each document's verdicts. Relative files are relative to <c>%SRCROOT%</c>. Text
/// from input goes through <see cref="MessageText"/>. Deterministic: no timestamps, no machine paths beyond those in
/// the report.
/// </summary>
internal sealed class SarifReportFormatter : ReportFormatter
{
    /// <summary>The SARIF schema the output declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of the finding's fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "normsFingerprint/v1";

    /// <summary>The URI base ID that relative file paths are resolved against.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The most results one run holds: GitHub code scanning rejects a run with more.</summary>
    public const int MaxResults = 25_000;

    /// <summary>The run's <c>automationDetails.id</c>: the category <c>norms/check</c>, with no run-specific part.</summary>
    public const string AutomationId = "norms/check/";

    private readonly int _maxResults;

    /// <summary>Creates the formatter.</summary>
    public SarifReportFormatter()
        : this(MaxResults)
    {
    }

    /// <summary>Creates the formatter with another cap on results (tests).</summary>
    /// <param name="maxResults">The most results written.</param>
    internal SarifReportFormatter(int maxResults)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxResults);
        _maxResults = maxResults;
    }

    /// <inheritdoc/>
    public override string Name => "sarif";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer, _maxResults);

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
        private readonly int _maxResults;
        private RunSettings _settings = new();
        private string _toolVersion = string.Empty;
        private bool _anyDocument;
        private int _results;
        private int _leftOut;

        public Writer(TextWriter writer, int maxResults)
        {
            _writer = writer;
            _maxResults = maxResults;
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
            json.WriteStartObject("automationDetails");
            json.WriteString("id", AutomationId);
            json.WriteEndObject();
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
            SarifDriver.WriteTool(json, _toolVersion, _rules);
            var unreadable = end.RunFindings.Where(f => f.RuleId == EngineDiagnostics.InputUnreadable.Id).ToList();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", unreadable.Count == 0);
            WriteNotifications(json, unreadable);
            WriteInvocation(json, _settings, Overrides(), _ruleIndex, end.Baseline);
            json.WriteEndObject();
            json.WriteEndArray();
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
                if (_results == _maxResults)
                {
                    _leftOut++;
                    continue;
                }

                _results++;
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
        /// <c>toolExecutionNotifications</c>: an error for each input that could not be read, at the input, with its
        /// rule; a warning when results were left out to keep within <see cref="MaxResults"/>.
        /// </summary>
        private void WriteNotifications(Utf8JsonWriter json, List<Finding> unreadable)
        {
            if (unreadable.Count == 0 && _leftOut == 0)
            {
                return;
            }

            json.WriteStartArray("toolExecutionNotifications");
            foreach (var finding in unreadable)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                SarifDriver.WriteMessage(json, "message", MessageText.Line(finding.Message));
                if (HasLocation(finding.Location))
                {
                    json.WriteStartArray("locations");
                    WriteLocation(json, finding.Location);
                    json.WriteEndArray();
                }

                json.WriteStartObject("associatedRule");
                json.WriteString("id", finding.RuleId);
                if (_ruleIndex.TryGetValue(finding.RuleId, out var index))
                {
                    json.WriteNumber("index", index);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            if (_leftOut > 0)
            {
                var total = _results + _leftOut;
                json.WriteStartObject();
                json.WriteString("level", "warning");
                SarifDriver.WriteMessage(json, "message", string.Create(
                    CultureInfo.InvariantCulture,
                    $"The run has {total:N0} results; only the first {_results:N0} are written, the most GitHub code scanning accepts in one run. The json format holds them all."));
                json.WriteEndObject();
            }

            json.WriteEndArray();
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

    /// <summary>
    /// A file as a SARIF URI: a relative path becomes a relative reference with forward slashes, each segment
    /// percent-encoded; an absolute path becomes a <c>file</c> URI.
    /// </summary>
    internal static (string Uri, bool Relative) FileUri(string file)
    {
        var slashed = file.Replace('\\', '/');
        if (!Path.IsPathFullyQualified(file))
        {
            return (Escape(slashed), true);
        }

        // Built by hand rather than with Uri, which drops or rejects some characters a file name may hold.
        return slashed.StartsWith("//", StringComparison.Ordinal) ? ("file:" + Escape(slashed), false)
            : slashed.StartsWith('/') ? ("file://" + Escape(slashed), false)
            : ("file:///" + slashed[..2] + Escape(slashed[2..]), false);

        static string Escape(string path) => string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>The invocation's configuration: the overrides SARIF can express, and the settings as properties.</summary>
    private static void WriteInvocation(Utf8JsonWriter json, RunSettings settings, IReadOnlyList<(string Id, Severity Severity)> overrides, IReadOnlyDictionary<string, int> ruleIndex, BaselineSummary? baseline)
    {
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
        SarifDriver.WriteStrings(json, "packs", settings.Packs);
        JsonOutput.WriteOverrides(json, settings, "thresholds");
        json.WriteString("configurationFile", MessageText.LineOrNull(settings.ConfigurationFile));
        if (baseline is not null)
        {
            json.WriteStartObject("baseline");
            json.WriteString("file", MessageText.Line(baseline.File));
            json.WriteNumber("new", baseline.New);
            json.WriteNumber("unchanged", baseline.Unchanged);
            json.WriteNumber("absent", baseline.Absent);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(finding.Severity));
        SarifDriver.WriteMessage(json, "message", MessageText.Line(finding.Message));
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
            json.WriteString("justification", MessageText.Line(suppression.Justification));
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
                    json.WriteString("owner", MessageText.Line(owner));
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

        SarifFixes.Write(json, finding);
        json.WriteStartObject("properties");
        if (finding.Principle is { } principle)
        {
            json.WriteString("principle", MessageText.Line(principle));
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
            json.WriteString("fullyQualifiedName", MessageText.Line(location.Path));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A document's verdicts, which SARIF has no place for: an entry of the run's <c>properties.documents</c>, with
    /// per principle its verdict, score and how many of its failures are suppressed and
    /// baselined (accepted, yet still counted in the verdict), each keyed by principle ID.
    /// </summary>
    private static void WriteDocumentProperties(Utf8JsonWriter json, DocumentReport document)
    {
        json.WriteStartObject();
        JsonOutput.WriteDocumentIdentity(json, document, "file");
        json.WriteStartObject("verdicts");
        foreach (var principle in document.Principles)
        {
            json.WriteString(MessageText.Line(principle.Principle.Id), Names.Of(principle.Verdict));
        }

        json.WriteEndObject();
        json.WriteStartObject("scores");
        foreach (var principle in document.Principles)
        {
            if (principle.Score is { } score)
            {
                json.WriteNumber(MessageText.Line(principle.Principle.Id), score);
            }
            else
            {
                json.WriteNull(MessageText.Line(principle.Principle.Id));
            }
        }

        json.WriteEndObject();
        WritePrincipleCounts(json, document, "suppressed", p => p.Suppressed);
        WritePrincipleCounts(json, document, "baselined", p => p.Baselined);
        json.WriteEndObject();
    }

    private static void WritePrincipleCounts(Utf8JsonWriter json, DocumentReport document, string name, Func<PrincipleResult, int> count)
    {
        json.WriteStartObject(name);
        foreach (var principle in document.Principles)
        {
            json.WriteNumber(MessageText.Line(principle.Principle.Id), count(principle));
        }

        json.WriteEndObject();
    }

    private static bool IsPrincipleId(string key) =>
        key.Length >= 2 && key[0] == 'P' && key.Skip(1).All(char.IsAsciiDigit) && key.Length <= 3;
}
