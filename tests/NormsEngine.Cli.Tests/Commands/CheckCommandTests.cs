using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Generation;

namespace NormsEngine.Cli.Tests.Commands;

public partial class CheckCommandTests : IDisposable
{
    private readonly Workspace _workspace = new("norms-cli-");

    public void Dispose()
    {
        _workspace.Dispose();
        GC.SuppressFinalize(this);
    }

    private string Write(string name, string yaml) => _workspace.Write(name, yaml);

    [Fact]
    public void Check_GeneratedCorpus_ChecksEveryDocumentWithoutLoaderFindings()
    {
        DocumentGenerator.WriteCorpus(_workspace.PathOf("corpus"), 25, seed: 1);

        var (exit, output, error) = _workspace.Run("check", "corpus");

        Assert.True(exit is 0 or 1, error);
        Assert.Contains("25 documents", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"NE000\d", output);
    }

    [Fact]
    public void Check_DocumentWithTypo_PrintsNe0002AtTheKeyWithSuggestionAndExits1()
    {
        var file = Write("typo.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\nhygiene:\n  mfa:\n    adminPtc: 80\n");

        var (exit, output, _) = CliRunner.Run("check", file);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}(7,5): error NE0002: Unknown field 'adminPtc' in hygiene.mfa; did you mean 'adminPct'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HospitalSample_PrintsTheNinePrincipleTableAndExits0()
    {
        var (exit, output, error) = CliRunner.Run("check", "samples/organisations/hospital.yaml");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        foreach (var id in new[] { "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9" })
        {
            Assert.Matches($@"\n  {id} .+ (satisfied|partiallySatisfied|notSatisfied|undetermined|notApplicable) ", output);
        }

        Assert.Contains("samples/organisations/hospital.yaml(", output, StringComparison.Ordinal);
        Assert.Matches(@"1 document: \d+ errors?, \d+ warnings?", output);
    }

    [Fact]
    public void Check_SampleWithErrorFinding_Exits1()
    {
        var (exit, output, _) = CliRunner.Run("check", "samples/organisations/transit-isp.yaml");

        Assert.Equal(1, exit);
        Assert.Matches(@"transit-isp\.yaml\(\d+,\d+\): error PC\d{4}: ", output);
    }

    [Fact]
    public void Check_MissingFile_Exits2WithMessage()
    {
        var (exit, _, error) = CliRunner.Run("check", _workspace.PathOf("nope.yaml"));

        Assert.Equal(2, exit);
        Assert.Contains("nope.yaml' does not exist.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "15/10/2026")]
    [InlineData("--format", "xml")]
    public void Check_BadArgument_Exits2(string option, string value)
    {
        var (exit, _, error) = CliRunner.Run("check", "samples/organisations/hospital.yaml", option, value);

        Assert.Equal(2, exit);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void Check_AllSamplesAsJson_NineVerdictsPerDocumentAndTheSameBytesTwice()
    {
        var samples = Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml")
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(samples.Length >= 10);

        var first = CliRunner.Run(["check", .. samples, "--format", "json"]).Output;
        var second = CliRunner.Run(["check", .. samples, "--format", "json"]).Output;

        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(samples.Length, documents.GetArrayLength());
        foreach (var document in documents.EnumerateArray())
        {
            Assert.Equal(9, document.GetProperty("principles").GetArrayLength());
            Assert.True(document.GetProperty("evaluated").GetBoolean());
            Assert.Equal("2026-10-15", document.GetProperty("asOf").GetString());
        }
    }

    [Fact]
    public void Check_AllSamples_VerdictsMatchTheHandComputedTableInTheSamplesReadme()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("samples", "organisations", "README.md"));
        var expected = ReadmeRow().Matches(readme).ToDictionary(
            m => m.Groups[1].Value,
            m => m.Groups[2].Value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(c => Normalise(c.Trim())).ToArray());
        Assert.True(expected.Count >= 10, "the samples README has no verdict table");

        foreach (var (file, verdicts) in expected)
        {
            var output = CliRunner.Run("check", "samples/organisations/" + file, "--format", "json").Output;
            using var json = JsonDocument.Parse(output);
            var actual = json.RootElement.GetProperty("documents")[0].GetProperty("principles").EnumerateArray()
                .Select(p => p.GetProperty("verdict").GetString()).ToArray();
            Assert.True(verdicts.SequenceEqual(actual), $"{file}: expected {string.Join(", ", verdicts)}; engine says {string.Join(", ", actual)}");
        }
    }

    [Fact]
    public void Check_AsOfOption_OverridesAssessedOn()
    {
        var output = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--format", "json", "--as-of", "2027-01-01").Output;

        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(("2027-01-01", "caller"), (document.GetProperty("asOf").GetString(), document.GetProperty("asOfSource").GetString()));
    }

    [Fact]
    public void Check_MissingSectionUnderApplicableRule_Ne0201PointsAtNearestDeclaredParent()
    {
        var file = Write("missing.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\nhygiene:\n  training:\n    annualCompletionPct: 95\n");

        var output = CliRunner.Run("check", file).Output;

        Assert.Contains($"{file}(5,1): warning NE0201: PC0701 applies but these paths are not declared: hygiene.mfa.externalAppsPct", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AsARealProcess_PrintsFindingsAndExitCode()
    {
        var (exit, output, error) = CliRunner.RunProcess("check", "samples/organisations/hospital.yaml");

        Assert.True(exit == 0, error);
        Assert.Contains("P7 Cyber hygiene", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HostileDocument_ReportsAndDoesNotCrash()
    {
        var file = Write("deep.yaml", new string('[', 100_000));

        var (exit, output, error) = CliRunner.Run("check", file);

        Assert.Equal(1, exit);
        Assert.Contains("NE000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static string Normalise(string cell) => cell.Replace("*", string.Empty, StringComparison.Ordinal) switch
    {
        "n/a" => "notApplicable",
        "partially" => "partiallySatisfied",
        "not" => "notSatisfied",
        var other => other,
    };

    [GeneratedRegex(@"^\| `([a-z-]+\.yaml)` \| [^|]+ \| [^|]+ \|((?: [^|]+ \|){9})\s*$", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();
}
