using System.Globalization;

namespace NormsEngine.Documents;

/// <summary>
/// The one way the library and the tool read a file that is not a practices document (rule packs, configuration
/// files, baselines): at most <see cref="ReaderLimits.MaxInputBytes"/> plus one byte, whatever length the file
/// claims (devices such as <c>/dev/zero</c> and pipes claim 0), then strict UTF-8, exactly as documents are read.
/// It never throws for the input's sake: every problem is a <see cref="BoundedText"/> with a message and a position.
/// </summary>
internal static class BoundedInput
{
    private const int ChunkSize = 81920;

    /// <summary>The largest input, as messages state it: the documents' limit, formatted the same on every machine.</summary>
    public static string LimitText(long limit) => limit.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="noun">What the file is, as messages name it: "pack file", "configuration file", "baseline".</param>
    /// <param name="limit">The most bytes accepted; default <see cref="ReaderLimits.Default"/>'s.</param>
    public static BoundedText ReadFile(string path, string noun, long? limit = null)
    {
        var max = limit ?? ReaderLimits.Default.MaxInputBytes;
        byte[] bytes;
        try
        {
            // No buffer of the stream's own: reads are large chunks already.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            bytes = ReadBytes(stream, max, out var tooLarge);
            if (tooLarge)
            {
                return new BoundedText(null, null, $"The {noun} is larger than {LimitText(max)} bytes; it was not read (limit: input size).", 1, 1);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new BoundedText(null, null, $"The {noun} cannot be read: {ex.Message}", 0, 0);
        }

        return Decode(bytes, path, noun);
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> plus one bytes of <paramref name="stream"/>; <paramref name="tooLarge"/>
    /// when there were more. A seekable stream that says it is longer stops before reading.
    /// </summary>
    public static byte[] ReadBytes(Stream stream, long limit, out bool tooLarge)
    {
        tooLarge = false;
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            tooLarge = true;
            return [];
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                tooLarge = true;
                return [];
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes strict UTF-8 (byte order mark optional), as documents are decoded.</summary>
    public static BoundedText Decode(byte[] bytes, string file, string noun)
    {
        var text = YamlReader.Decode(bytes, file, out var error);
        return text is not null
            ? new BoundedText(text, bytes, null, 0, 0)
            : new BoundedText(null, null, $"The {noun} is not valid UTF-8 text (an invalid byte sequence was found here).", error!.Location.Line, error.Location.Column);
    }
}

/// <summary>
/// What <see cref="BoundedInput"/> read: the text and its bytes, or a problem, with the line and column where it
/// is (1-based; <c>0</c> when the problem concerns the whole file).
/// </summary>
internal readonly record struct BoundedText(string? Text, byte[]? Bytes, string? Problem, int Line, int Column);
