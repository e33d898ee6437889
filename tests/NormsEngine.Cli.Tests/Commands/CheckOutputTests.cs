using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

public sealed class CheckOutputTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string[] AllSamples() =>
        [.. Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml")
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Check_FormatsWithOutputs_EachOutputGoesToItsOwnFileAndTheOneWithoutToStandardOutput()
    {
        var json = Path.Combine(_workspace.Folder, "out", "report.json");
        var text = Path.Combine(_workspace.Folder, "report.txt");

        var (exit, output, error) = CliRunner.Run(
            "check", "samples/organisations/hospital.yaml", "--format", "json", "--output", json, "--format", "text", "--format", "json", "-o", text);

        Assert.True(exit == 0, error);
        Assert.StartsWith("samples/organisations/hospital.yaml - ", output, StringComparison.Ordinal);
        using (JsonDocument.Parse(File.ReadAllText(json)))
        {
        }

        // The second json went to report.txt: pairing follows the order on the command line.
        using (JsonDocument.Parse(File.ReadAllText(text)))
        {
        }
    }

    [Fact]
    public void Check_OutputBeforeAnyFormat_BelongsToTheNextFormat()
    {
        var file = Path.Combine(_workspace.Folder, "r.json");

        var (exit, output, _) = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--output", file, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("{", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutputWithoutFormat_WritesTextToTheFile()
    {
        var file = Path.Combine(_workspace.Folder, "r.txt");

        var (exit, output, error) = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--output", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("P7 Cyber hygiene", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Matches(@"^1 document: 0 errors, 2 warnings, 0 info findings; verdicts: .+; \d+\.\d\d s\n$", error);
    }

    [Theory]
    [InlineData("--format", "json", "--format", "text")]
    [InlineData("--format", "json", "--output", "a.json", "--output", "b.json")]
    [InlineData("--format", "json", "--format", "bogus")]
    [InlineData("--fail-on", "sometimes")]
    public void Check_BadFormatArguments_Exit2(params string[] arguments)
    {
        var (exit, _, error) = _workspace.Run(["check", RepositoryPaths.Combine("samples/organisations/hospital.yaml"), .. arguments]);

        Assert.Equal(2, exit);
        Assert.StartsWith("norms: ", error, StringComparison.Ordinal);
        Assert.False(_workspace.Exists("a.json"));
    }

    [Fact]
    public void Check_JsonOnStandardOutput_SummaryGoesToStandardErrorWithoutControlCharacters()
    {
        var (_, output, error) = CliRunner.Run(["check", .. AllSamples(), "--format", "json"]);

        using (JsonDocument.Parse(output))
        {
        }

        Assert.Matches(@"^13 documents: \d+ errors, \d+ warnings, \d+ info findings; verdicts: \d+ satisfied, .+; \d+\.\d\d s\n$", error);
        Assert.DoesNotContain('\r', error);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("none", 0)]
    public void Check_FailOn_DecidesWhetherWarningsFailTheRun(string failOn, int expected)
    {
        var (exit, _, _) = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--fail-on", failOn);

        Assert.Equal(expected, exit);
    }

    [Fact]
    public void Check_ShowPassed_ListsTheEvidence()
    {
        var (_, output, _) = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--show-passed");

        Assert.Contains("Passed rules (evidence):", output, StringComparison.Ordinal);
        Assert.Contains("    PC0701 P7", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AllSamplesInOneRunAndOneByOne_GiveTheSameDocumentsByteForByte()
    {
        var samples = AllSamples();
        var batch = CliRunner.Run(["check", .. samples, "--format", "json"]).Output;
        var reversed = CliRunner.Run(["check", .. samples.Reverse(), "--format", "json"]).Output;
        var viaGlob = CliRunner.Run("check", "samples/organisations/*.yaml", "--format", "json").Output;
        var viaFolder = CliRunner.Run("check", "samples/organisations", "--format", "json").Output;

        // Output order is the sorted input order, whatever the command-line order and the parallelism.
        Assert.Equal(batch, reversed);
        Assert.Equal(batch, viaGlob);
        Assert.Equal(batch, viaFolder);

        using var json = JsonDocument.Parse(batch);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(samples.Length, documents.Length);
        for (var i = 0; i < samples.Length; i++)
        {
            using var single = JsonDocument.Parse(CliRunner.Run("check", samples[i], "--format", "json").Output);
            var alone = single.RootElement.GetProperty("documents")[0];
            Assert.Equal(samples[i], documents[i].GetProperty("path").GetString());
            Assert.Equal(alone.GetRawText(), documents[i].GetRawText());
        }
    }

    [Fact]
    public void Check_JsonOutput_IsTheSameInProcessAndAsAProcess()
    {
        var inProcess = CliRunner.Run("check", "samples/organisations", "--format", "json");
        var process = CliRunner.RunProcess("check", "samples/organisations", "--format", "json");

        Assert.Equal(inProcess.Exit, process.Exit);
        Assert.Equal(inProcess.Output, process.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
