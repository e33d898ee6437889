using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Configuration;

/// <summary>
/// The findings a team has accepted for now (<c>norms.baseline.json</c>): their fingerprints (rule ID, document and
/// YAML path, never line numbers), so that reformatting a document or inserting lines does not make a finding new.
/// </summary>
public sealed class Baseline
{
    /// <summary>Creates a baseline from fingerprints.</summary>
    /// <param name="fingerprints">Finding fingerprints.</param>
    /// <param name="file">The file it was read from, if any.</param>
    public Baseline(IEnumerable<string> fingerprints, string? file = null)
    {
        Fingerprints = new HashSet<string>(fingerprints, StringComparer.Ordinal);
        File = file;
    }

    /// <summary>The accepted fingerprints.</summary>
    public IReadOnlySet<string> Fingerprints { get; }

    /// <summary>The file it was read from, or <c>null</c>.</summary>
    public string? File { get; }

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="BaselineException">The file cannot be read or is not a baseline; the message names the file, line and column.</exception>
    public static Baseline Load(string path)
    {
        // Bounded by bytes read and strict UTF-8, as documents are: a device given as --baseline claims a length of 0.
        var read = BoundedInput.ReadFile(path, "baseline");
        if (read.Bytes is not { } bytes)
        {
            throw new BaselineException(MessageText.Line(read.Line > 0 ? $"{path}({read.Line},{read.Column}): {read.Problem}" : $"{path}: {read.Problem}"));
        }

        var json = bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        return new Baseline(BaselineReader.Read(json, path), path);
    }

    /// <summary>Writes the baseline of every finding in <paramref name="report"/>, sorted, deterministic.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(Report report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var entries = report.AllFindings
            .Where(f => f.Fingerprint.Length > 0)
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Path, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", BaselineReader.FormatVersion);
            json.WriteStartArray("findings");
            foreach (var finding in entries)
            {
                json.WriteStartObject();
                json.WriteString("fingerprint", finding.Fingerprint);
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("document", finding.Location.File);
                json.WriteString("path", finding.Location.Path);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }
}
