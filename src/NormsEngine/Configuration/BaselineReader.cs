using System.Text;
using System.Text.Json;
using NormsEngine.Diagnostics;

namespace NormsEngine.Configuration;

/// <summary>
/// Reads the fingerprints of a baseline's JSON token by token, so that every mistake (not JSON, a version that is
/// not the integer 1, a fingerprint that is not text or holds a lone surrogate escape) is a
/// <see cref="BaselineException"/> with the file, line and column, never an exception of the JSON reader.
/// </summary>
internal static class BaselineReader
{
    /// <summary>The baseline format this version writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly string Shape = $"a norms baseline is an object with \"version\": {FormatVersion} and a \"findings\" array of objects with a \"fingerprint\" string";

    public static List<string> Read(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(json, path, reader.TokenStartIndex, $"not a norms baseline: {Shape}.");
            }

            var start = reader.TokenStartIndex;
            var hasVersion = false;
            List<string>? fingerprints = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = NameIs(ref reader, json, path, "version"u8);
                var isFindings = NameIs(ref reader, json, path, "findings"u8);
                reader.Read();
                if (isVersion)
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != FormatVersion)
                    {
                        throw Error(json, path, reader.TokenStartIndex, $"\"version\" must be {FormatVersion}, the baseline format this tool reads; found {Shorten(json, reader)}.");
                    }

                    hasVersion = true;
                }
                else if (isFindings)
                {
                    fingerprints = Findings(ref reader, json, path);
                }
                else
                {
                    reader.Skip();
                }
            }

            // Reading to the end checks that nothing follows the object.
            while (reader.Read())
            {
            }

            if (!hasVersion || fingerprints is null)
            {
                throw Error(json, path, start, $"not a norms baseline: {Shape}.");
            }

            return fingerprints;
        }
        catch (JsonException ex)
        {
            var (line, column) = Position(json, LineStart(json, ex.LineNumber ?? 0) + (ex.BytePositionInLine ?? 0));
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new BaselineException(MessageText.Line($"{path}({line},{column}): the baseline is not valid JSON: {(cut > 0 ? message[..cut] : message)}"), ex);
        }
    }

    private static List<string> Findings(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(json, path, reader.TokenStartIndex, $"\"findings\" must be an array; found {Shorten(json, reader)}.");
        }

        var fingerprints = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var entry = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(json, path, entry, "every entry of \"findings\" is an object with a \"fingerprint\" string.");
            }

            string? fingerprint = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFingerprint = NameIs(ref reader, json, path, "fingerprint"u8);
                reader.Read();
                if (!isFingerprint)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    throw Error(json, path, reader.TokenStartIndex, $"a \"fingerprint\" is a string; found {Shorten(json, reader)}.");
                }

                try
                {
                    fingerprint = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    // An escape such as \ud800 alone is JSON but not text.
                    throw Error(json, path, reader.TokenStartIndex, "the \"fingerprint\" is not valid text (it holds an unpaired surrogate escape).");
                }
            }

            fingerprints.Add(fingerprint ?? throw Error(json, path, entry, "every entry of \"findings\" needs a \"fingerprint\" string."));
        }

        return fingerprints;
    }

    /// <summary>Whether the property name is <paramref name="name"/>; a name with an escape that is not text (a lone surrogate) is an error.</summary>
    private static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string path, ReadOnlySpan<byte> name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            throw Error(json, path, reader.TokenStartIndex, "a property name is not valid text (it holds an unpaired surrogate escape).");
        }
    }

    private static BaselineException Error(ReadOnlySpan<byte> json, string path, long offset, string message)
    {
        var (line, column) = Position(json, offset);
        return new BaselineException(MessageText.Line($"{path}({line},{column}): {message}"));
    }

    /// <summary>The token as written, at most 40 characters.</summary>
    private static string Shorten(ReadOnlySpan<byte> json, Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        var length = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : Math.Min(json.Length - start, (int)reader.BytesConsumed - start);
        var text = Encoding.UTF8.GetString(json.Slice(start, Math.Max(1, Math.Min(length, 120))));
        return text.Length > 40 ? text[..40] + "..." : text;
    }

    /// <summary>The byte offset where line <paramref name="line"/> (0-based) starts.</summary>
    private static long LineStart(ReadOnlySpan<byte> json, long line)
    {
        var offset = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = json[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
        }

        return offset;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> json, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, json.Length);
        var before = json[..end];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
