using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NormsEngine.Reporting;

/// <summary>Writes indented JSON with LF newlines and no BOM, so that JSON outputs are the same bytes on every OS.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        // Raw line breaks in the output are structural (string values have them escaped), so this touches no value.
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n", StringComparison.Ordinal));
        writer.Write('\n');
    }

}
