using NormsEngine.Diagnostics;


namespace NormsEngine.Tests.Diagnostics;

public class MessageTextTests
{
    [Theory]
    [InlineData("S\r\nevil.yaml(1,1): error PC9999: forged\n::add-mask::x", "S\\r\\nevil.yaml(1,1): error PC9999: forged\\n::add-mask::x")]
    [InlineData("\u001b[31mRED\u001b[0m", "\\u001B[31mRED\\u001B[0m")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("A\u0001B\u007F\u0085\u009B", "A\\u0001B\\u007F\\u0085\\u009B")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("abc\u202Edcb\u2066x\u2069", "abc\\u202Edcb\\u2066x\\u2069")]
    [InlineData("not\uFFFEchars\uFFFF", "not\\uFFFEchars\\uFFFF")]
    [InlineData("\0", "\\u0000")]
    public void Line_ControlAndLineBreakingCharacters_VisibleEscapes(string value, string expected) =>
        Assert.Equal(expected, MessageText.Line(value));

    [Theory]
    [InlineData("Centre Hospitalier Universitaire de Valmorin")]
    [InlineData("C:\\policies\\org.yaml")]
    [InlineData("Société générale – 東京 🏥 emoji pair")]
    [InlineData("")]
    public void Line_TextWithoutSuchCharacters_SameInstance(string value) =>
        Assert.Same(value, MessageText.Line(value));

    [Fact]
    public void Line_SurrogatePairFollowedByControl_PairKeptControlEscaped()
    {
        Assert.Equal("🏥\\n🏥", MessageText.Line("🏥\n🏥"));
    }

    [Fact]
    public void Line_LoneSurrogates_Escaped()
    {
        // Not theory data: the test runner would not pass lone surrogates through unchanged.
        Assert.Equal("lone \\uD800 high, lone \\uDC00 low, reversed \\uDC00\\uD800", MessageText.Line("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800"));
    }

    [Fact]
    public void LineOrNull_Null_Null() => Assert.Null(MessageText.LineOrNull(null));

    [Theory]
    [InlineData("First line.\r\nSecond\tline.\n", "First line.\nSecond\\tline.")]
    [InlineData("One\rtwo\u2028three", "One\ntwo\nthree")]
    [InlineData("Colour \u001b[1m", "Colour \\u001B[1m")]
    public void Prose_Text_LineBreaksKeptAsLfEverythingElseEscaped(string value, string expected) =>
        Assert.Equal(expected, MessageText.Prose(value));

    [Fact]
    public void Line_EveryCharacter_ResultHasNoControlOrLineBreak()
    {
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(i => (char)i)]);

        var line = MessageText.Line(all);
        int used;

        Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF');
        for (var i = 0; i < line.Length; i += used)
        {
            Assert.Equal(System.Buffers.OperationStatus.Done, System.Text.Rune.DecodeFromUtf16(line.AsSpan(i), out _, out used));
        }

        Assert.Contains("\\u001B", line, StringComparison.Ordinal);
        Assert.Contains("\uDBFF\uDC00", line, StringComparison.Ordinal); // the one valid pair in the sequence
    }
}
