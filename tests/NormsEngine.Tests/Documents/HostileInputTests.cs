using System.Text;
using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>Bad and hostile input ends as NE findings, quickly, without crashing the process or expanding aliases.</summary>
public sealed class HostileInputTests
{
    private readonly DocumentLoader _loader = new();

    [Fact]
    public void Load_BillionLaughs_ReportsNE0005WithoutExpanding()
    {
        var lines = new List<string> { "apiVersion: norms/v1", "kind: Organisation", "x-lol0: &l0 lol" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"x-lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]");
        }

        var document = Assert.Single(_loader.Load(Yaml.Lines([.. lines])));

        Assert.Null(document.Organisation);
        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0005", finding.RuleId);
        Assert.Contains("nodes", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Location.Line is >= 4 and <= 12, finding.ToString());
    }

    [Fact]
    public void Load_ManyAliases_ReportsNE0005ForAliasCount()
    {
        var text = Yaml.Document("x-a: &a 1", "x-b: [" + string.Join(", ", Enumerable.Repeat("*a", 1001)) + "]");

        var finding = Assert.Single(Assert.Single(_loader.Load(text)).Findings);

        Assert.Equal(("NE0005", 6), (finding.RuleId, finding.Location.Line));
        Assert.Contains("alias", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_100000DeepBlockNesting_ReportsNE0005()
    {
        var text = Yaml.Lines(new StringBuilder().Insert(0, "- ", 100_000).Append('x').ToString());

        var document = Assert.Single(_loader.Load(text));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0005", 1, 129), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("nesting depth", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_100000DeepFlowNesting_ReportsNE0005()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var document = Assert.Single(_loader.Load(text));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0005", 1, 65), (finding.RuleId, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Load_100000DeepUnclosedFlowNesting_ReportsAnError()
    {
        var document = Assert.Single(_loader.Load(new string('[', 100_000)));

        Assert.Null(document.Organisation);
        Assert.Contains(document.Findings, f => f.RuleId is "NE0005" or "NE0001");
    }

    [Fact]
    public void Load_100000DeepFlowMappings_ReportsNE0005()
    {
        var text = new StringBuilder().Insert(0, "{a: ", 100_000).Append('1').Append('}', 100_000).ToString();

        var document = Assert.Single(_loader.Load(text));

        Assert.Equal("NE0005", Assert.Single(document.Findings).RuleId);
    }

    [Fact]
    public void Load_50MegabyteStream_ReadsOnlyUpToTheLimit()
    {
        var stream = new CountingStream(50L * 1024 * 1024, Encoding.ASCII.GetBytes("x-key: value\n"));

        var document = Assert.Single(_loader.Load(stream));

        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0005", finding.RuleId);
        Assert.Contains("larger than", finding.Message, StringComparison.Ordinal);
        Assert.InRange(stream.BytesRead, _loader.Limits.MaxInputBytes + 1, _loader.Limits.MaxInputBytes + (128 * 1024));
    }

    [Fact]
    public void Load_LargeSeekableStream_RefusesWithoutReading()
    {
        using var stream = new MemoryStream(new byte[(int)_loader.Limits.MaxInputBytes + 1]);

        var document = Assert.Single(_loader.Load(stream));

        Assert.Equal("NE0005", Assert.Single(document.Findings).RuleId);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Load_LargeText_ReportsNE0005()
    {
        var text = Yaml.Document("x-big: " + new string('a', 5 * 1024 * 1024));

        var finding = Assert.Single(Assert.Single(_loader.Load(text)).Findings);

        Assert.Equal(("NE0005", 1, 1), (finding.RuleId, finding.Location.Line, finding.Location.Column));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2026)]
    public void Load_RandomBytes_ReturnsFindingsWithPositions(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);
        using var stream = new MemoryStream(bytes);

        var documents = _loader.Load(stream);

        Assert.NotEmpty(documents);
        Assert.All(documents.SelectMany(d => d.Findings), f => Assert.True(f.Location.Line >= 1 && f.Location.Column >= 1));
        Assert.Contains(documents.SelectMany(d => d.Findings), f => f.RuleId == "NE0001");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(99)]
    [InlineData(12345)]
    public void Load_RandomYamlCharacters_NeverThrows(int seed)
    {
        const string alphabet = "-:?[]{},&*!|>'\"#%@` \n\t\r.ab01x~";
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var documents = _loader.Load(new string(chars));

            Assert.NotEmpty(documents);
            Assert.All(documents, d => Assert.True(d.Organisation is not null || d.Findings.Count > 0));
        }
    }

    [Fact]
    public void Load_OneMegabyteSingleLine_BindsTheValue()
    {
        var sector = new string('s', 1024 * 1024);

        var document = Assert.Single(_loader.Load(Yaml.Document("  sector: " + sector)));

        Assert.Empty(document.Findings);
        Assert.Equal(sector, document.Organisation!.Metadata.Sector);
    }

    [Fact]
    public void Load_OneMegabyteLineWithoutBreaks_ReportsFindings()
    {
        var line = string.Concat(Enumerable.Repeat("ab: cd ", 150_000));

        var document = Assert.Single(_loader.Load(line));

        Assert.Null(document.Organisation);
        Assert.NotEmpty(document.Findings);
    }

    [Fact]
    public void Load_10000DuplicateKeys_ReportsNE0004ForEach()
    {
        var lines = new List<string>(Yaml.Header);
        lines.AddRange(Enumerable.Repeat("  sector: health", 10_001));

        var document = Assert.Single(_loader.Load(Yaml.Lines([.. lines])));

        Assert.Equal(10_000, document.Findings.Count);
        Assert.All(document.Findings, f => Assert.Equal(("NE0004", 3, "metadata.sector"), (f.RuleId, f.Location.Column, f.Location.Path)));
        Assert.Equal(Enumerable.Range(6, 10_000), document.Findings.Select(f => f.Location.Line));
        Assert.Equal("health", document.Organisation!.Metadata.Sector);
    }

    [Fact]
    public void Load_TabIndentation_ReportsNE0001AtTheTabLine()
    {
        var document = Assert.Single(_loader.Load(Yaml.Document("hygiene:", "\tmfa:", "    adminPct: 1")));

        Assert.Null(document.Organisation);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0001", 6, 1), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("tabs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TabBeforeNestedSequence_ReportsNE0001()
    {
        var document = Assert.Single(_loader.Load(Yaml.Document("x-list:", "  -\t- a")));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0001", 6, 4), (finding.RuleId, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Load_FlowSequenceContinuedAtColumn1_ReportsNE0001()
    {
        var document = Assert.Single(_loader.Load(Yaml.Document("norms:", "  isacs: [a,", "b]")));

        Assert.Null(document.Organisation);
        Assert.Equal("NE0001", Assert.Single(document.Findings).RuleId);
    }

    [Fact]
    public void Load_NulAndControlCharacters_ReportsNE0001()
    {
        var document = Assert.Single(_loader.Load(Yaml.Document("  sector: a\u0000b\u0001")));

        Assert.Contains(document.Findings, f => f.RuleId == "NE0001");
    }
}
