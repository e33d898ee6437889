using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// The machine contract: the whole report as JSON: tool version, settings, documents (with their principles,
/// findings, suppressions, passed evidence and as-of date), then what is only known once every document is done,
/// the baseline summary and the run findings. Each document is written as soon as it is done. Deterministic: the
/// same report gives the same bytes. Text from input goes through <see cref="MessageText"/>, as in every format, so
/// that a program that prints a value prints no control character and no line break.
/// </summary>
internal sealed class JsonReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    protected override ReportWriter CreateWriter(TextWriter writer) => new Writer(writer);

    private sealed class Writer(TextWriter writer) : ReportWriter
    {
        private readonly JsonOutput _output = new(writer);

        public override void Begin(ReportHeader header)
        {
            var json = _output.Json;
            json.WriteStartObject();
            json.WriteString("toolVersion", header.ToolVersion);
            WriteSettings(json, header.Settings);
            json.WriteStartArray("documents");
            _output.Flush();
        }

        public override void WriteDocument(DocumentReport document, bool multiple)
        {
            JsonReportFormatter.WriteDocument(_output.Json, document);
            _output.Flush();
        }

        public override void End(ReportEnd end)
        {
            // What is known only at the end comes after the documents.
            var json = _output.Json;
            json.WriteEndArray();
            if (end.Baseline is { } baseline)
            {
                json.WriteStartObject("baseline");
                json.WriteString("file", MessageText.Line(baseline.File));
                json.WriteNumber("new", baseline.New);
                json.WriteNumber("unchanged", baseline.Unchanged);
                json.WriteNumber("absent", baseline.Absent);
                json.WriteEndObject();
            }

            json.WriteStartArray("runFindings");
            foreach (var finding in end.RunFindings)
            {
                WriteFinding(json, finding, withFile: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            _output.Flush();
            writer.Write('\n');
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _output.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private static void WriteSettings(Utf8JsonWriter json, RunSettings settings)
    {
        json.WriteStartObject("settings");
        json.WriteString("failOn", Names.Of(settings.FailOn));
        json.WriteStartArray("packs");
        foreach (var pack in settings.Packs)
        {
            json.WriteStringValue(MessageText.Line(pack));
        }

        json.WriteEndArray();
        JsonOutput.WriteOverrides(json, settings, "thresholdOverrides");
        json.WriteString("configurationFile", MessageText.LineOrNull(settings.ConfigurationFile));
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentReport document)
    {
        json.WriteStartObject();
        JsonOutput.WriteDocumentIdentity(json, document, "path");
        json.WriteStartArray("principles");
        foreach (var principle in document.Principles)
        {
            json.WriteStartObject();
            json.WriteString("id", MessageText.Line(principle.Principle.Id));
            json.WriteString("title", MessageText.Line(principle.Principle.Title));
            json.WriteString("verdict", Names.Of(principle.Verdict));
            if (principle.Score is { } score)
            {
                json.WriteNumber("score", score);
            }
            else
            {
                json.WriteNull("score");
            }

            json.WriteNumber("passed", principle.Passed);
            json.WriteNumber("failedError", principle.FailedError);
            json.WriteNumber("failedWarning", principle.FailedWarning);
            json.WriteNumber("failedInfo", principle.FailedInfo);
            json.WriteNumber("insufficient", principle.Insufficient);
            json.WriteNumber("suppressed", principle.Suppressed);
            json.WriteNumber("baselined", principle.Baselined);
            json.WriteNumber("notApplicable", principle.NotApplicable);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in document.Findings)
        {
            WriteFinding(json, finding, withFile: false);
        }

        json.WriteEndArray();
        json.WriteStartArray("passed");
        foreach (var passed in document.Passed)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", passed.RuleId);
            json.WriteString("principle", MessageText.LineOrNull(passed.Principle));
            json.WriteString("path", MessageText.Line(passed.Path));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ExplanationJson.Write(json, document);
        json.WriteEndObject();
    }

    /// <summary>A finding; run findings also name their file, since no document does it for them.</summary>
    private static void WriteFinding(Utf8JsonWriter json, Finding finding, bool withFile)
    {
        var location = finding.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", Names.Of(finding.Severity));
        json.WriteString("defaultSeverity", Names.Of(finding.Descriptor.DefaultSeverity));
        json.WriteString("message", MessageText.Line(finding.Message));
        json.WriteString("principle", MessageText.LineOrNull(finding.Principle));
        json.WriteString("outcome", Names.Of(finding.Outcome));
        if (withFile)
        {
            json.WriteString("file", MessageText.LineOrNull(location.File));
        }

        json.WriteString("path", MessageText.Line(location.Path));
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteBoolean("suppressed", finding.IsSuppressed);
        json.WriteString("helpUri", finding.Descriptor.HelpUri?.AbsoluteUri);
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", Names.Of(suppression.Kind));
            json.WriteString("justification", MessageText.Line(suppression.Justification));
            json.WriteString("owner", MessageText.LineOrNull(suppression.Owner));
            json.WriteString("expires", suppression.Expires is { } expires ? Names.Of(expires) : null);
            if (suppression.Source is { } source)
            {
                json.WriteStartObject("source");
                json.WriteString("file", MessageText.LineOrNull(source.File));
                json.WriteNumber("line", source.Line);
                json.WriteNumber("column", source.Column);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (finding.BaselineState is { } state)
        {
            json.WriteString("baselineState", Names.Of(state));
        }

        if (finding.Fixes.Count > 0)
        {
            // What 'norms fix' would apply: the edits' text is data (line breaks included), escaped by JSON itself.
            json.WriteStartArray("fixes");
            foreach (var fix in finding.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", MessageText.Line(fix.Title));
                json.WriteString("ruleId", fix.RuleId);
                json.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    json.WriteStartObject();
                    json.WriteString("file", MessageText.LineOrNull(edit.File));
                    json.WriteNumber("start", edit.Start);
                    json.WriteNumber("end", edit.End);
                    json.WriteNumber("line", edit.Line);
                    json.WriteNumber("column", edit.Column);
                    json.WriteNumber("endLine", edit.EndLine);
                    json.WriteNumber("endColumn", edit.EndColumn);
                    json.WriteString("newText", edit.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
