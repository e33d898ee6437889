using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

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
