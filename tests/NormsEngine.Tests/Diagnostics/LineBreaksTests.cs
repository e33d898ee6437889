using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Diagnostics;

/// <summary>
/// <see cref="LineBreaks"/>: YAML 1.2's line breaks (CRLF, LF, a lone CR) each end one line, as the reader numbers
/// lines and the html excerpts find them.
/// </summary>
public sealed class LineBreaksTests
{
    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("a", new[] { 0 })]
    [InlineData("a\nb", new[] { 0, 2 })]
    [InlineData("a\r\nb", new[] { 0, 3 })]
    [InlineData("a\rb", new[] { 0, 2 })]
    [InlineData("a\r\rb", new[] { 0, 2, 3 })]
    [InlineData("a\n\rb", new[] { 0, 2, 3 })]
    [InlineData("a\rb\r\nc\nd\r", new[] { 0, 2, 5, 7, 9 })]
    public void LineStarts_Text_OneLinePerBreak(string text, int[] expected) =>
        Assert.Equal(expected, LineBreaks.LineStarts(text));

    [Theory]
    [InlineData("a\rb\r\nc\nd\r", new[] { "a", "b", "c", "d", "" })]
    [InlineData("\r\n\r\n", new[] { "", "", "" })]
    [InlineData("x", new[] { "x" })]
    public void ContentEnd_EachLine_TheLineWithoutItsBreak(string text, string[] expected)
    {
        var starts = LineBreaks.LineStarts(text);

        var lines = starts.Select((s, i) => text[s..LineBreaks.ContentEnd(text, s, i + 1 < starts.Length ? starts[i + 1] : text.Length)]);

        Assert.Equal(expected, lines);
    }
}
