using System.Text.Json;
using NormsEngine.Cli.Inputs;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

public sealed class InputExpansionTests : IDisposable
{
    private const string Minimal = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\n";
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string[] Expand(params string[] arguments)
    {
        var (documents, problems) = InputExpansion.Expand(arguments, _workspace.Folder);
        Assert.Empty(problems);
        return [.. documents.Select(d => d.DisplayPath)];
    }

    [Fact]
    public void Expand_Folder_FindsYamlAndYmlRecursivelySkippingHiddenFoldersAndConfiguration()
    {
        _workspace.Write("docs/b.yaml", Minimal);
        _workspace.Write("docs/a.yml", Minimal);
        _workspace.Write("docs/deeper/c.yaml", Minimal);
        _workspace.Write("docs/.git/d.yaml", Minimal);
        _workspace.Write("docs/norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\n");
        _workspace.Write("docs/notes.txt", "not yaml");

        Assert.Equal(["docs/a.yml", "docs/b.yaml", "docs/deeper/c.yaml"], Expand("docs"));
    }

    [Fact]
    public void Expand_Globs_MatchDoubleStarAndSingleStarRelativeToTheCurrentFolder()
    {
        _workspace.Write("samples/x/one.yaml", Minimal);
        _workspace.Write("samples/y/z/two.yaml", Minimal);
        _workspace.Write("samples/top.yaml", Minimal);
        _workspace.Write("samples/top.yml", Minimal);

        Assert.Equal(["samples/top.yaml", "samples/x/one.yaml", "samples/y/z/two.yaml"], Expand("samples/**/*.yaml"));
        Assert.Equal(["samples/top.yaml", "samples/top.yml"], Expand("samples/*"));
        Assert.Equal(["samples/x/one.yaml"], Expand("samples/?/*.yaml"));
    }

    [Fact]
    public void Expand_OverlappingInputs_AreDeduplicatedAndSortedOrdinally()
    {
        _workspace.Write("B.yaml", Minimal);
        _workspace.Write("a.yaml", Minimal);
        _workspace.Write("sub/c.yaml", Minimal);

        var expanded = Expand("sub/c.yaml", "a.yaml", ".", "./a.yaml", "*.yaml", Path.Combine(_workspace.Folder, "B.yaml"));

        Assert.Equal(["B.yaml", "a.yaml", "sub/c.yaml"], expanded);
    }

    [Fact]
    public void Expand_Dash_IsStandardInputOnce()
    {
        var (documents, _) = InputExpansion.Expand(["-", "-"], _workspace.Folder);

        var single = Assert.Single(documents);
        Assert.True(single.IsStandardInput);
        Assert.Equal("<stdin>", single.DisplayPath);
    }

    [Fact]
    public void Expand_FileOutsideTheCurrentFolder_KeepsItsFullPathWithForwardSlashes()
    {
        var outside = Path.GetFullPath(Path.Combine(_workspace.Folder, "..", "elsewhere.yaml"));

        var display = InputExpansion.DisplayPath(outside, _workspace.Folder);

        Assert.Equal(outside.Replace('\\', '/'), display);
    }

    [Theory]
    [InlineData("nothing/**/*.yaml")]
    [InlineData("empty")]
    public void Check_InputThatFindsNothing_Exits2(string input)
    {
        Directory.CreateDirectory(Path.Combine(_workspace.Folder, "empty"));

        var (exit, _, error) = _workspace.Run("check", input);

        Assert.Equal(2, exit);
        Assert.Contains(input, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StandardInput_IsReadAndNamedStdin()
    {
        var (exit, output, _) = _workspace.RunWithInput(Workspace.Sample("hospital.yaml"), "check", "-", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("<stdin>", document.GetProperty("path").GetString());
        Assert.Contains(document.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "PC0708");
    }

    [Fact]
    public void Check_FolderOfSamples_ReportsDocumentsInSortedOrderWithRelativeForwardSlashPaths()
    {
        foreach (var name in new[] { "transit-isp.yaml", "hospital.yaml", "small-ngo.yaml" })
        {
            _workspace.CopySample(name, "org/" + (name == "small-ngo.yaml" ? "nested/" : string.Empty) + name);
        }

        var (_, output, _) = _workspace.Run("check", "org", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var paths = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(["org/hospital.yaml", "org/nested/small-ngo.yaml", "org/transit-isp.yaml"], paths);
    }
}
