using NormsEngine.Cli.Generation;
using NormsEngine.Documents;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary><c>norms generate --count N --output DIR</c>: a hidden command that writes a generated corpus.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Generate_Count_WritesThatManyFilesThatMatchTheGenerator()
    {
        var (exit, output, error) = _workspace.Run("generate", "--count", "12", "--output", "corpus/out", "--seed", "5");

        Assert.True(exit == 0, error);
        Assert.Equal("norms: wrote 12 documents to corpus/out\n", output);
        Assert.Equal(string.Empty, error);
        var files = Directory.GetFiles(Path.Combine(_workspace.Folder, "corpus", "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"org-{i:D5}.yaml"), files);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(DocumentGenerator.Generate(5, i), _workspace.Read($"corpus/out/org-{i:D5}.yaml"));
        }
    }

    [Fact]
    public void Generate_Suppliers_GivesEveryDocumentThatManySuppliers()
    {
        var (exit, _, error) = _workspace.Run("generate", "-n", "3", "-o", "big", "--suppliers", "40");

        Assert.True(exit == 0, error);
        var loader = new DocumentLoader();
        for (var i = 0; i < 3; i++)
        {
            var document = loader.Load(_workspace.Read($"big/org-{i:D5}.yaml")).Single();
            Assert.Empty(document.Findings);
            Assert.Equal(40, document.Organisation!.SupplyChain.Suppliers!.Count);
        }
    }

    [Fact]
    public void Generate_ThenCheck_ChecksEveryDocumentWithoutLoaderFindings()
    {
        Assert.Equal(0, _workspace.Run("generate", "--count", "25", "--output", "corpus").Exit);

        var (exit, output, error) = _workspace.Run("check", "corpus");

        Assert.True(exit is 0 or 1, error);
        Assert.Contains("25 documents", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"NE000\d", output);
    }

    [Fact]
    public void Help_Root_DoesNotListGenerate()
    {
        var (exit, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.DoesNotContain("generate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Generate_DescribesTheCommandAndItsOptions()
    {
        var (exit, output, _) = CliRunner.Run("generate", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("benchmarks", output, StringComparison.Ordinal);
        Assert.Contains("--suppliers", output, StringComparison.Ordinal);
        Assert.Contains("norms generate --count", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--count", "0", "--output", "out")]
    [InlineData("--count", "-3", "--output", "out")]
    [InlineData("--count", "2", "--output", "out", "--suppliers", "-1")]
    [InlineData("--count", "2", "--output", "out", "--suppliers", "100001")]
    [InlineData("--count", "two", "--output", "out")]
    [InlineData("--count", "2")]
    [InlineData("--output", "out")]
    public void Generate_BadArguments_Exit2AndWriteNothing(params string[] args)
    {
        var (exit, output, error) = _workspace.Run(["generate", .. args]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("norms: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_workspace.Folder, "out")));
    }
}
