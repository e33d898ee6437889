using NormsEngine.TestSupport;
namespace NormsEngine.Cli.Tests.Docs;

/// <summary>Every C# block of the repository's Markdown (README.md, the package READMEs, the samples') compiles, so none can rot.</summary>
public sealed class MarkdownSnippetTests
{
    private static readonly string[] CSharp = ["csharp", "cs", "c#"];

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var snippet in AllBlocks())
        {
            data.Add(snippet.File, snippet.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void CSharpBlock_AsWritten_CompilesWithoutErrorsOrWarnings(string file, int line)
    {
        var snippet = Assert.Single(AllBlocks(), s => s.File == file && s.Line == line);

        var diagnostics = SnippetCompiler.Compile(snippet);

        Assert.True(diagnostics.Count == 0, $"The C# block at {snippet} does not compile:\n{string.Join('\n', diagnostics)}");
    }

    [Fact]
    public void CSharpBlocks_Repository_FoundInTheReadmeAndThePackageReadmes()
    {
        var files = AllBlocks().GroupBy(s => s.File).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.True(files.GetValueOrDefault("README.md") >= 2, "README.md: " + string.Join(", ", files));
        Assert.Contains("src/NormsEngine/README.md", files.Keys);
        Assert.Contains("samples/EmbeddingApp/README.md", files.Keys);
    }

    [Fact]
    public void Compile_ReadmeBlockWithoutAUsingItNeeds_ErrorAtTheReadmeLine()
    {
        // The README's blocks once lacked `using NormsEngine.Diagnostics;`: that must be an error, at the README's line.
        var snippet = AllBlocks().First(s => s.File == "README.md" && s.Code.Contains("using NormsEngine.Diagnostics;", StringComparison.Ordinal));
        var lines = snippet.Code.Split('\n');
        var usage = snippet.Line + Array.FindIndex(lines, l => l.StartsWith("Report ", StringComparison.Ordinal));
        var broken = snippet with { Code = snippet.Code.Replace("using NormsEngine.Diagnostics;", "// (removed)", StringComparison.Ordinal) };

        var diagnostics = SnippetCompiler.Compile(broken);

        Assert.Contains(diagnostics, d => d.StartsWith($"README.md({usage},1): error CS0246: The type or namespace name 'Report' could not be found", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_BlockCallingAMethodThatDoesNotExist_Error()
    {
        var snippet = new MarkdownSnippet("X.md", 10, "using NormsEngine.Engine;\n\nawait evaluator.EvaluateAsync(\"brindle.yaml\");");

        var diagnostics = SnippetCompiler.Compile(snippet);

        Assert.Contains(diagnostics, d => d.StartsWith("X.md(12,", StringComparison.Ordinal) && d.Contains(": error CS1503:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FencesOfEveryKind_OnlyTheCSharpBlocksWithTheirFirstLine()
    {
        const string Markdown = "# T\n\n```csharp\nA();\n```\n\n````cs\nB();\n```\nC();\n````\n\n```sh\nD\n```\n\n~~~ c# title\nE();\n~~~\n";

        var snippets = MarkdownSnippet.Extract("T.md", Markdown, CSharp);

        Assert.Equal(
            [new MarkdownSnippet("T.md", 4, "A();"), new MarkdownSnippet("T.md", 8, "B();\n```\nC();"), new MarkdownSnippet("T.md", 18, "E();")],
            snippets);
    }

    private static List<MarkdownSnippet> AllBlocks() =>
    [
        .. MarkdownSnippet.MarkdownFiles(RepositoryPaths.Root)
            .SelectMany(f => MarkdownSnippet.Extract(f, File.ReadAllText(RepositoryPaths.Combine(f)), CSharp)),
    ];
}
