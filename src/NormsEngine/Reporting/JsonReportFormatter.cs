using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// The machine contract: the whole report as JSON (documents, principles, findings, passed evidence, as-of date,
/// tool version). Deterministic: the same report gives the same bytes.
/// </summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("toolVersion", report.ToolVersion);
            json.WriteStartArray("documents");
            foreach (var document in report.Documents)
            {
                WriteDocument(json, document);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentReport document)
    {
        json.WriteStartObject();
        json.WriteString("path", document.File);
        json.WriteNumber("index", document.Index);
        json.WriteString("name", document.Name);
        json.WriteString("asOf", document.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("asOfSource", Names.Of(document.AsOfSource));
        json.WriteBoolean("evaluated", document.Evaluated);
        json.WriteStartArray("principles");
        foreach (var principle in document.Principles)
        {
            json.WriteStartObject();
            json.WriteString("id", principle.Principle.Id);
            json.WriteString("title", principle.Principle.Title);
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
            json.WriteNumber("notApplicable", principle.NotApplicable);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in document.Findings)
        {
            var location = finding.Location;
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", Names.Of(finding.Severity));
            json.WriteString("defaultSeverity", Names.Of(finding.Descriptor.DefaultSeverity));
            json.WriteString("message", finding.Message);
            json.WriteString("principle", finding.Principle);
            json.WriteString("outcome", Names.Of(finding.Outcome));
            json.WriteString("path", location.Path);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteString("fingerprint", finding.Fingerprint);
            json.WriteBoolean("suppressed", finding.IsSuppressed);
            json.WriteString("helpUri", finding.Descriptor.HelpUri.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("passed");
        foreach (var passed in document.Passed)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", passed.RuleId);
            json.WriteString("principle", passed.Principle);
            json.WriteString("path", passed.Path);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
