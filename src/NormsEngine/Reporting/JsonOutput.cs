using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// Indented JSON with LF newlines and no BOM, so that JSON outputs are the same bytes on every OS, written to a
/// <see cref="TextWriter"/> piece by piece: <see cref="Flush"/> moves what was written so far to the output.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly TextWriter _writer;

    /// <summary>Starts JSON output to <paramref name="writer"/>.</summary>
    public JsonOutput(TextWriter writer)
    {
        _writer = writer;
        Json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>The writer options: indented, LF newlines where the runtime allows it, no needless escaping.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>
    /// Whether raw carriage returns must be left out of the output: the writer's line breaks are CR LF (.NET 8 on
    /// Windows). Raw line breaks are only ever structural (string values have theirs escaped), so this touches no value.
    /// </summary>
    public static bool StripCarriageReturns =>
#if NET9_0_OR_GREATER
        false;
#else
        Environment.NewLine != "\n";
#endif

    /// <summary>
    /// Writes the run's severity and threshold overrides as two objects keyed by rule ID or threshold name, in ordinal
    /// key order so that the bytes do not depend on the order the configuration listed them.
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="settings">The run's settings.</param>
    /// <param name="thresholdsName">The name of the thresholds object.</param>
    public static void WriteOverrides(Utf8JsonWriter json, RunSettings settings, string thresholdsName)
    {
        json.WriteStartObject("severityOverrides");
        foreach (var (key, severity) in settings.SeverityOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            json.WriteString(MessageText.Line(key), Names.Of(severity));
        }

        json.WriteEndObject();
        json.WriteStartObject(thresholdsName);
        foreach (var (key, value) in settings.ThresholdOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(MessageText.Line(key), value);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Writes what identifies a document and how it was read: its file (under <paramref name="fileKey"/>), index,
    /// name, as-of date and where that came from, and whether it was evaluated.
    /// </summary>
    /// <param name="json">The writer, inside the document's object.</param>
    /// <param name="document">The document.</param>
    /// <param name="fileKey">The name of the file property (<c>path</c> in the JSON report, <c>file</c> in SARIF).</param>
    public static void WriteDocumentIdentity(Utf8JsonWriter json, DocumentReport document, string fileKey)
    {
        json.WriteString(fileKey, MessageText.LineOrNull(document.File));
        json.WriteNumber("index", document.Index);
        json.WriteString("name", MessageText.LineOrNull(document.Name));
        json.WriteString("asOf", Names.Of(document.AsOf));
        json.WriteString("asOfSource", Names.Of(document.AsOfSource));
        json.WriteBoolean("evaluated", document.Evaluated);
    }

    /// <summary>The JSON writer.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Writes what the JSON writer holds to the output.</summary>
    public void Flush()
    {
        Json.Flush();
        Utf8Text.Write(_writer, _buffer.WrittenSpan, StripCarriageReturns);
        _buffer.ResetWrittenCount();
    }

    /// <inheritdoc/>
    public void Dispose() => Json.Dispose();
}
