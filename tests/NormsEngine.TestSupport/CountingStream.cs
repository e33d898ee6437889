namespace NormsEngine.TestSupport;

/// <summary>
/// A read-only, non-seekable stream of <paramref name="length"/> bytes of a repeating pattern that counts how many
/// bytes were read from it, so a test can prove a reader stopped early.
/// </summary>
public sealed class CountingStream(long length, byte[] pattern) : Stream
{
    private readonly long _length = length;
    private readonly byte[] _pattern = pattern;
    private long _position;

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, _length - _position);
        for (var i = 0; i < n; i++)
        {
            buffer[offset + i] = _pattern[(int)((_position + i) % _pattern.Length)];
        }

        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
