using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NormsEngine.Diagnostics;
using static NormsEngine.Reporting.OscalJson;

namespace NormsEngine.Reporting;

/// <summary>
/// For GRC platforms: OSCAL 1.1.3 assessment results, valid against NIST's JSON Schema. Each document is a
/// <c>result</c> (see <see cref="OscalResult"/>) written as soon as it is done; findings target the objectives of the
/// catalog <c>norms catalog --format oscal</c> writes (<see cref="OscalCatalogWriter"/>). What is known only at the end
/// comes after the results (JSON objects are unordered, and NIST's schema sets no order): the document's UUID, the
/// metadata (the latest as-of date, the parties observed), the assessment plan reference and the back matter.
/// Deterministic: every UUID is a version 5 UUID of a fingerprint or another stable name, and every date is an as-of
/// date (no clock): <c>last-modified</c> is the latest as-of date of the documents (midnight UTC).
/// </summary>
internal sealed class OscalReportFormatter : ReportFormatter
{
    /// <summary>The date written when no document gives one (a run whose inputs could not be read): the Unix epoch.</summary>
    internal static readonly DateOnly NoDate = new(1970, 1, 1);

    /// <inheritdoc/>
    public override string Name => "oscal";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    private sealed class Writer(TextWriter writer) : ReportWriter
    {
        private readonly JsonOutput _output = new(writer);
        private readonly OscalParties _parties = new();
        private readonly IncrementalHash _results = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private ReportHeader _header = new(new RunSettings(), string.Empty);
        private DateOnly? _latest;
        private int _documents;

        public override void Begin(ReportHeader header)
        {
            _header = header;
            var json = _output.Json;
            json.WriteStartObject();
            json.WriteStartObject("assessment-results");
            json.WriteStartArray("results");
            _output.Flush();
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            var result = new OscalResult(_output.Json, document, multiple, _parties);
            result.Write();
            _output.Flush();
            _results.AppendData(Encoding.UTF8.GetBytes(result.Uuid + "\n"));
            _latest = _latest is { } latest && latest >= document.AsOf ? latest : document.AsOf;
            _documents++;
        }

        public override void End(ReportEnd end)
        {
            var json = _output.Json;
            var date = _latest ?? NoDate;
            if (end.RunFindings.Count > 0 || _documents == 0)
            {
                // OSCAL asks for at least one result; findings about the run (configuration, packs, inputs) are its observations.
                WriteRunResult(json, end.RunFindings, date);
            }

            json.WriteEndArray();

            // The document is named by the documents it assesses (their results' UUIDs), as OSCAL asks: per subject.
            json.WriteString("uuid", OscalUuid.Of("assessment-results\n" + Convert.ToHexString(_results.GetHashAndReset())));
            WriteMetadata(json, end, date);
            var plan = OscalUuid.Of("assessment-plan\n" + string.Join("\n", _header.Settings.Packs));
            json.WriteStartObject("import-ap");
            json.WriteString("href", "#" + plan);
            json.WriteString("remarks", "norms check has no assessment plan of its own: the plan is implicit (see the back-matter resource this points to).");
            json.WriteEndObject();
            json.WriteStartObject("back-matter");
            json.WriteStartArray("resources");
            json.WriteStartObject();
            json.WriteString("uuid", plan);
            json.WriteString("title", "Implicit assessment plan: every rule of the loaded packs, on every document");
            json.WriteStartArray("props");
            foreach (var pack in _header.Settings.Packs)
            {
                Prop(json, "pack", pack);
            }

            Prop(json, "fail-on", Names.Of(_header.Settings.FailOn));
            json.WriteEndArray();
            json.WriteString(
                "remarks",
                "OSCAL assessment results import an assessment plan. norms check has none: it tests each practices document against every rule of the loaded packs (the props list them) that applies to it, with the configuration's severities and thresholds. The controls and objectives are those of the catalog that 'norms catalog --format oscal' writes for the same packs.");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            _output.Flush();
            writer.Write('\n');
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _output.Dispose();
                _parties.Dispose();
                _results.Dispose();
            }

            base.Dispose(disposing);
        }

        private void WriteMetadata(Utf8JsonWriter json, ReportEnd end, DateOnly date)
        {
            var settings = _header.Settings;
            json.WriteStartObject("metadata");
            json.WriteString("title", $"Paris Call practices assessment: {_documents.ToString(CultureInfo.InvariantCulture)} document{(_documents == 1 ? string.Empty : "s")} checked by norms");
            json.WriteString("last-modified", OscalJson.DateTime(date));
            json.WriteString("version", Names.Of(date));
            json.WriteString("oscal-version", OscalJson.Version);
            json.WriteStartArray("props");
            Prop(json, "fail-on", Names.Of(settings.FailOn));
            Prop(json, "tool-version", _header.ToolVersion, remarks: "The version of norms that wrote these results.");
            foreach (var pack in settings.Packs)
            {
                Prop(json, "pack", pack);
            }

            Prop(json, "configuration-file", settings.ConfigurationFile);
            if (end.Baseline is { } baseline)
            {
                Prop(json, "baseline", baseline.File, remarks: ReportSummary.Describe(baseline));
            }

            json.WriteEndArray();
            if (_parties.Any)
            {
                // The writer takes the array for empty; the parties come from the spool, on their own lines.
                json.WriteStartArray("parties");
                _output.Flush();
                _parties.CopyTo(writer);
                writer.Write("\n      ");
                json.WriteEndArray();
            }

            json.WriteString(
                "remarks",
                "Dates are as-of dates, never the clock: each result starts and each observation is collected at its document's as-of date (midnight UTC), and last-modified and version are the latest of them"
                + (_documents == 0 ? "; no document was assessed, so they are the Unix epoch." : "."));
            json.WriteEndObject();
        }

        private static void WriteRunResult(Utf8JsonWriter json, IReadOnlyList<Finding> findings, DateOnly date)
        {
            var collected = OscalJson.DateTime(date);
            var used = new HashSet<string>(StringComparer.Ordinal);
            json.WriteStartObject();
            json.WriteString("uuid", OscalUuid.Of("result\nrun"));
            json.WriteString("title", "The run");
            json.WriteString("description", "Findings about the run rather than one document: the configuration, the packs, inputs that could not be read and suppressions.");
            json.WriteString("start", collected);
            json.WriteStartObject("reviewed-controls");
            json.WriteStartArray("control-selections");
            json.WriteStartObject();
            json.WriteString("remarks", "No control: these findings are about the run, not about an organisation's practices.");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            if (findings.Count > 0)
            {
                json.WriteStartArray("observations");
                foreach (var finding in findings)
                {
                    var location = finding.Location;
                    var name = $"run\n{finding.RuleId}\n{location.File}\n{location.Path}\n{location.Line.ToString(CultureInfo.InvariantCulture)}\n{finding.Message}";
                    var uuid = OscalUuid.Of(name);
                    for (var n = 2; !used.Add(uuid); n++)
                    {
                        uuid = OscalUuid.Of(name + "\n" + n.ToString(CultureInfo.InvariantCulture));
                    }

                    json.WriteStartObject();
                    json.WriteString("uuid", uuid);
                    json.WriteString("title", $"{finding.RuleId}: {MessageText.Line(finding.Descriptor.Title)}");
                    json.WriteString("description", MessageText.Line(finding.Message));
                    json.WriteStartArray("props");
                    Prop(json, "rule-id", finding.RuleId);
                    Prop(json, "severity", Names.Of(finding.Severity));
                    json.WriteEndArray();
                    json.WriteStartArray("methods");
                    json.WriteStringValue("TEST");
                    json.WriteEndArray();
                    json.WriteStartArray("types");
                    json.WriteStringValue("finding");
                    json.WriteEndArray();
                    if (location.File is { } file)
                    {
                        json.WriteStartArray("relevant-evidence");
                        json.WriteStartObject();
                        json.WriteString("href", FileReference(file));
                        json.WriteString("description", location.Line > 0
                            ? $"{MessageText.Line(file)} at line {location.Line.ToString(CultureInfo.InvariantCulture)}, column {location.Column.ToString(CultureInfo.InvariantCulture)}"
                            : MessageText.Line(file));
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    json.WriteString("collected", collected);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }
    }
}
