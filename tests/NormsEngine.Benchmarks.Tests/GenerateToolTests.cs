using NormsEngine.Documents;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Generation;

namespace NormsEngine.Benchmarks.Tests;

/// <summary>
/// <c>generate --count N --output DIR</c>, the benchmarks' entry point that writes a generated corpus (scale.sh runs
/// it as <c>dotnet run --project tests/NormsEngine.Benchmarks -- generate ...</c>).
/// </summary>
public sealed class GenerateToolTests : IDisposable
{
    private readonly Workspace _workspace = new("norms-generate-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Run_Count_WritesThatManyFilesThatMatchTheGenerator()
    {
        var folder = _workspace.PathOf(Path.Combine("corpus", "out"));

        var (exit, output, error) = Run("--count", "12", "--output", folder, "--seed", "5");

        Assert.True(exit == 0, error);
        Assert.Equal($"generate: wrote 12 documents to {folder}\n", output);
        Assert.Equal(string.Empty, error);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"org-{i:D5}.yaml"), files);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(DocumentGenerator.Generate(5, i), _workspace.Read($"corpus/out/org-{i:D5}.yaml"));
        }
    }

    [Fact]
    public void Run_Suppliers_GivesEveryDocumentThatManySuppliers()
    {
        var (exit, _, error) = Run("-n", "3", "-o", _workspace.PathOf("big"), "--suppliers", "40");

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
    public void Run_Help_DescribesTheEntryPointAndItsOptions()
    {
        var (exit, output, error) = Run("--help");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("benchmarks", output, StringComparison.Ordinal);
        Assert.Contains("--suppliers", output, StringComparison.Ordinal);
        Assert.Contains("-- generate --count", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--count", "0", "--output", "out")]
    [InlineData("--count", "-3", "--output", "out")]
    [InlineData("--count", "2", "--output", "out", "--suppliers", "-1")]
    [InlineData("--count", "2", "--output", "out", "--suppliers", "100001")]
    [InlineData("--count", "two", "--output", "out")]
    [InlineData("--count", "2")]
    [InlineData("--output", "out")]
    [InlineData("--count", "2", "--output", "out", "--seed")]
    [InlineData("--count", "2", "--output", "out", "--colour")]
    public void Run_BadArguments_Exit2AndWriteNothing(params string[] args)
    {
        var (exit, output, error) = Run([.. args.Select(a => a == "out" ? _workspace.PathOf("out") : a)]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("generate: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.PathOf("out")));
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = GenerateTool.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
