namespace NormsEngine.Cli.Tests.Output;

/// <summary>A file stream that fills up: after <c>capacity</c> bytes every write fails, as on a full disk.</summary>
internal sealed class FailingStream(Stream inner, long capacity) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    /// <summary>Sets <see cref="Cli.Output.AtomicFile.Interposer"/> so that every file written in this flow fills after <paramref name="capacity"/> bytes.</summary>
    public static IDisposable Install(long capacity)
    {
        Cli.Output.AtomicFile.Interposer.Value = stream => new FailingStream(stream, capacity);
        return new Uninstall();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = (int)Math.Max(0, Math.Min(buffer.Length, capacity - _written));
        inner.Write(buffer[..room]);
        _written += room;
        if (room < buffer.Length)
        {
            throw new IOException("No space left on device");
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Uninstall : IDisposable
    {
        public void Dispose() => Cli.Output.AtomicFile.Interposer.Value = null;
    }
}
