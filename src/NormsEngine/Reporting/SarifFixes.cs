using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>A SARIF result's <c>fixes</c>: the finding's code fixes as artifact changes, for viewers that apply them.</summary>
internal static class SarifFixes
{
    /// <summary>
    /// The finding's code fixes, for viewers that apply them: per fix its title and, per file, the replacements, each a
    /// deleted region (an insertion point when it is empty: start and end equal) and the content inserted in its place.
    /// A fix of text that came from no file has no artifact to change and is left out.
    /// </summary>
    public static void Write(Utf8JsonWriter json, Finding finding)
    {
        var fixes = finding.Fixes.Where(f => f.Edits.All(e => e.File is not null)).ToList();
        if (fixes.Count == 0)
        {
            return;
        }

        json.WriteStartArray("fixes");
        foreach (var fix in fixes)
        {
            json.WriteStartObject();
            SarifDriver.WriteMessage(json, "description", MessageText.Line(fix.Title));
            json.WriteStartArray("artifactChanges");
            foreach (var file in fix.Edits.GroupBy(e => e.File!, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                var (uri, relative) = SarifReportFormatter.FileUri(file.Key);
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", uri);
                if (relative)
                {
                    json.WriteString("uriBaseId", SarifReportFormatter.SourceRoot);
                }

                json.WriteEndObject();
                json.WriteStartArray("replacements");
                foreach (var edit in file)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("deletedRegion");
                    json.WriteNumber("startLine", edit.Line);
                    json.WriteNumber("startColumn", edit.Column);
                    json.WriteNumber("endLine", edit.EndLine);
                    json.WriteNumber("endColumn", edit.EndColumn);
                    json.WriteEndObject();
                    if (edit.NewText.Length > 0)
                    {
                        json.WriteStartObject("insertedContent");
                        json.WriteString("text", edit.NewText);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
