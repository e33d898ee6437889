using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

public sealed class YamlReaderTests
{
    [Fact]
    public void Read_InvalidYaml_ReportsNE0001AtTheParserPosition()
    {
        var documents = Read(Yaml.Document("  sector: a: b"));

        var document = Assert.Single(documents);
        Assert.True(document.IsUnreadable);
        Assert.Null(document.Root);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0001", 5, 12), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.StartsWith("Invalid YAML: ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKey_ReportsNE0004AtTheSecondKeyWithPath()
    {
        var document = Assert.Single(Read(Yaml.Document("hygiene:", "  mfa:", "    adminPct: 1", "    adminPct: 2")));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0004", 8, 5, 8, 13, "hygiene.mfa.adminPct"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn, finding.Location.Path));
        Assert.Contains("first defined at line 7, column 5", finding.Message, StringComparison.Ordinal);
        Assert.False(document.IsUnreadable);
    }

    [Fact]
    public void Read_DuplicateKeyInListItem_PathNamesTheItem()
    {
        var document = Assert.Single(Read(Yaml.Document("supplyChain:", "  suppliers:", "    - name: A", "    - name: B", "      name: C")));

        Assert.Equal("supplyChain.suppliers[1].name", Assert.Single(document.Findings).Location.Path);
    }

    [Fact]
    public void Read_DepthOverLimit_ReportsNE0005AtTheOpeningNode()
    {
        var reader = new YamlReader("f.yaml", new ReaderLimits { MaxDepth = 2 });

        var document = Assert.Single(reader.Read(Yaml.Lines("a:", "  b:", "    c: 1")));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0005", "f.yaml", 3, 5), (finding.RuleId, finding.Location.File, finding.Location.Line, finding.Location.Column));
        Assert.True(document.IsUnreadable);
    }

    [Fact]
    public void Read_LimitInFirstDocument_StillReadsTheNext()
    {
        var reader = new YamlReader(null, new ReaderLimits { MaxDepth = 2 });

        var documents = reader.Read(Yaml.Lines("a: [[[1]]]", "---", "b: 2"));

        Assert.Equal(2, documents.Count);
        Assert.Equal("NE0005", Assert.Single(documents[0].Findings).RuleId);
        Assert.Empty(documents[1].Findings);
        Assert.IsType<YamlMappingNode>(documents[1].Root);
        Assert.Equal(2, documents[1].Start.Line);
    }

    [Fact]
    public void Read_UndefinedAlias_ReportsNE0001()
    {
        var finding = Assert.Single(Assert.Single(Read(Yaml.Lines("a: *nowhere"))).Findings);

        Assert.Equal(("NE0001", 1, 4), (finding.RuleId, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Read_Alias_PointsAtTheAnchoredNodeWithoutCopying()
    {
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(Read(Yaml.Lines("a: &x [1, 2]", "b: *x"))).Root);

        Assert.Same(root.Entries[0].Value, root.Entries[1].Value);
    }

    [Fact]
    public void Read_BadYamlDirectiveVersion_ReportsNE0001()
    {
        var documents = Read(Yaml.Lines("%YAML 1.1#comment", "---", "a: 1", "---", "b: 2"));

        Assert.Equal(2, documents.Count);
        Assert.NotNull(documents[1].Root);
        var finding = Assert.Single(documents[0].Findings);

        Assert.Equal(("NE0001", 1, 7), (finding.RuleId, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Read_QuotedScalarContinuedWithTab_ReportsNE0001()
    {
        var finding = Assert.Single(Assert.Single(Read(Yaml.Lines("a: \"one", "\ttwo\""))).Findings);

        Assert.Equal(("NE0001", 2, 1), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("tabs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeyIndentedLessThanItsSiblings_HintQuotesTheLineAbove()
    {
        var finding = Assert.Single(Assert.Single(Read(Yaml.Lines("metadata:", "  name: x", "", "  # a comment", " sector: y"))).Findings);

        Assert.Equal(("NE0001", 5, 2), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Equal(
            "Invalid YAML: While parsing a block mapping, did not find expected key. Check the indentation of line 5 against line 2 (`  name: x`): " +
            "keys of one mapping start in the same column, and so do the '- ' of one list's items; a nested value is indented further than its key.",
            finding.Message);
    }

    [Theory]
    [InlineData("a:|  - 1|  b: 2", 3, 2, "  - 1")]
    [InlineData("a:|  name: x|    sector: y", 3, 2, "  name: x")]
    [InlineData("- a: 1| b: 2", 2, 1, "- a: 1")]
    public void Read_BlockIndentationError_HintNamesBothLines(string lines, int line, int above, string quoted)
    {
        var finding = Assert.Single(Assert.Single(Read(Yaml.Lines(lines.Split('|')))).Findings);

        Assert.Equal(line, finding.Location.Line);
        Assert.Contains($"Check the indentation of line {line} against line {above} (`{quoted}`)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IndentationErrorUnderALineWithATab_QuotesItEscaped()
    {
        var finding = Assert.Single(Assert.Single(Read("a:\n  b: x\ty\n c: 1\n")).Findings);

        Assert.Contains("(`  b: x\\ty`)", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\t', finding.Message);
    }

    [Fact]
    public void Read_SecondMappingOnOneLine_KeepsTheParserMessageAlone()
    {
        var finding = Assert.Single(Assert.Single(Read(Yaml.Lines("a: 1", "b: c: d"))).Findings);

        Assert.DoesNotContain("Check the indentation", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FlowSequenceWellIndented_ReadsIt()
    {
        var document = Assert.Single(Read(Yaml.Lines("a: [1,", "  # a comment", "\t", " 2]")));

        Assert.Empty(document.Findings);
        var root = Assert.IsType<YamlMappingNode>(document.Root);
        Assert.Equal(2, Assert.IsType<YamlSequenceNode>(root.Entries[0].Value).Items.Count);
    }

    [Fact]
    public void Read_ScalarPositions_AreOneBased()
    {
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(Read("key: value\n")).Root);

        var (key, value) = root.Entries[0];
        Assert.Equal((new TextPoint(1, 1), new TextPoint(1, 4)), (key.Start, key.End));
        Assert.Equal((new TextPoint(1, 6), new TextPoint(1, 11)), (value.Start, value.End));
    }

    [Fact]
    public void Decode_BomAndValidUtf8_ReturnsTextWithoutBom()
    {
        var text = YamlReader.Decode([0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0xA9], null, out var error);

        Assert.Null(error);
        Assert.Equal("aé", text);
    }

    [Fact]
    public void Decode_InvalidByteOnLaterLine_ReportsLineAndColumn()
    {
        var text = YamlReader.Decode([(byte)'a', (byte)'\n', (byte)'b', (byte)'c', 0xFF], "x.yaml", out var error);

        Assert.Null(text);
        Assert.Equal(("NE0001", "x.yaml", 2, 3), (error!.RuleId, error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("a\rb\rcd", 3, 3)]
    [InlineData("a\r\nb\ncd", 3, 3)]
    [InlineData("a\r\rcd", 3, 3)]
    public void Decode_InvalidByteAfterAnyLineBreak_ReportsTheLineTheReaderCounts(string before, int line, int column)
    {
        var text = YamlReader.Decode([.. System.Text.Encoding.ASCII.GetBytes(before), 0xFF], "x.yaml", out var error);

        Assert.Null(text);
        Assert.Equal((line, column), (error!.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Decode_TruncatedSequence_ReportsNE0001()
    {
        Assert.Null(YamlReader.Decode([(byte)'a', 0xE2, 0x82], null, out var error));
        Assert.Equal("NE0001", error!.RuleId);
    }

    private static List<RawDocument> Read(string text) => new YamlReader(null, ReaderLimits.Default).Read(text);
}
