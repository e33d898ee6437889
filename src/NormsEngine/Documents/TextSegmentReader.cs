namespace NormsEngine.Documents;

/// <summary>
/// Reads part of a string without copying it. The reader resumes after each broken document and the comment scan
/// stops at the last loaded one; a substring per resume would copy the rest of a 4 MiB input up to a thousand times.
/// </summary>
internal sealed class TextSegmentReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public TextSegmentReader(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        _text = text;
        _position = start;
        _end = end;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _position);
        _text.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override string ReadToEnd()
    {
        var rest = _text[_position.._end];
        _position = _end;
        return rest;
    }
}
