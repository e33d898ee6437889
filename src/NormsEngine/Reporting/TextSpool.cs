using System.Text;

namespace NormsEngine.Reporting;

/// <summary>
/// Output that must wait until the end of a run (a section that comes after the summary, or before counts that
/// are only known at the end): kept in memory while small, then in a temporary file that is deleted when the spool
/// is disposed, so that memory does not grow with the number of documents. Written as text through
/// <see cref="Writer"/> or as UTF-8 bytes through <see cref="Stream"/> (flush <see cref="Writer"/> first when mixing).
/// </summary>
internal sealed class TextSpool : IDisposable
{
    /// <summary>Bytes kept in memory before the spool moves to a temporary file.</summary>
    public const int MemoryLimit = 1 << 20;

    private readonly SpillStream _stream;

    /// <summary>Creates an empty spool.</summary>
    /// <param name="memoryLimit">Bytes kept in memory before moving to a temporary file.</param>
    public TextSpool(int memoryLimit = MemoryLimit)
    {
        _stream = new SpillStream(memoryLimit);
        Writer = new StreamWriter(_stream, Utf8Text.Encoding, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>The spool as text.</summary>
    public TextWriter Writer { get; }

    /// <summary>The spool as UTF-8 bytes.</summary>
    public Stream Stream => _stream;

    /// <summary>Whether the spool has moved to a temporary file.</summary>
    public bool Spilled => _stream.Spilled;

    /// <summary>The bytes written so far (flushes <see cref="Writer"/>).</summary>
    public long Length
    {
        get
        {
            Writer.Flush();
            return _stream.Length;
        }
    }

    /// <summary>Writes the spool's content from byte <paramref name="from"/> to <paramref name="output"/>; the spool can go on being written.</summary>
    /// <param name="output">Where to copy.</param>
    /// <param name="from">The first byte to copy (a UTF-8 character boundary).</param>
    /// <param name="stripCarriageReturns">Whether to leave out raw carriage returns (JSON written with CR LF line breaks).</param>
    public void CopyTo(TextWriter output, long from = 0, bool stripCarriageReturns = false)
    {
        Writer.Flush();
        var end = _stream.Position;
        _stream.Position = from;
        Utf8Text.Copy(_stream, output, stripCarriageReturns);
        _stream.Position = end;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Writer.Dispose();
        _stream.Dispose();
    }

    /// <summary>A stream in memory up to a limit, then in a temporary file deleted on close.</summary>
    private sealed class SpillStream(int memoryLimit) : Stream
    {
        private Stream _inner = new MemoryStream();

        public bool Spilled { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set => _inner.Position = value;
        }

        public override void Flush() => _inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => _inner.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value) => _inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!Spilled && _inner.Position + buffer.Length > memoryLimit)
            {
                Spill();
            }

            _inner.Write(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Spill()
        {
            var path = Path.Combine(Path.GetTempPath(), "norms-" + Path.GetRandomFileName());
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            var memory = (MemoryStream)_inner;
            var position = memory.Position;
            memory.WriteTo(file);
            file.Position = position;
            memory.Dispose();
            _inner = file;
            Spilled = true;
        }
    }
}

/// <summary>UTF-8 bytes into a <see cref="TextWriter"/>.</summary>
internal static class Utf8Text
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes whole UTF-8 characters.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<byte> utf8, bool stripCarriageReturns = false)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Encoding.GetMaxCharCount(utf8.Length));
        try
        {
            var count = Encoding.GetChars(utf8, chars);
            Write(writer, chars.AsSpan(0, count), stripCarriageReturns);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Copies a UTF-8 stream from its position to its end.</summary>
    public static void Copy(Stream source, TextWriter writer, bool stripCarriageReturns = false)
    {
        var decoder = Encoding.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[Encoding.GetMaxCharCount(bytes.Length)];
        int read;
        while ((read = source.Read(bytes, 0, bytes.Length)) > 0)
        {
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            Write(writer, chars.AsSpan(0, count), stripCarriageReturns);
        }

        var rest = decoder.GetChars([], 0, 0, chars, 0, flush: true);
        Write(writer, chars.AsSpan(0, rest), stripCarriageReturns);
    }

    private static void Write(TextWriter writer, ReadOnlySpan<char> chars, bool stripCarriageReturns)
    {
        if (!stripCarriageReturns)
        {
            writer.Write(chars);
            return;
        }

        int at;
        while ((at = chars.IndexOf('\r')) >= 0)
        {
            writer.Write(chars[..at]);
            chars = chars[(at + 1)..];
        }

        writer.Write(chars);
    }
}
