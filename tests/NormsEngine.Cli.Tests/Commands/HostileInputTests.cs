using System.Text;
using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// Inputs an attacker would try on the command line: devices that never end as packs, configurations and baselines,
/// baselines with numbers and escapes that are JSON but not a baseline, globs that made a backtracking matcher
/// exponential, invalid UTF-8 on standard input. Each ends at once with a located finding or an argument error.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    /// <summary>Fails instead of hanging; each of these took far longer, or crashed, before.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly Workspace _workspace = new();

    public HostileInputTests() => _workspace.CopySample("hospital.yaml");

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("--pack", "(1,1): error NE0101: The pack file is larger than 4,194,304 bytes")]
    [InlineData("--config", "(1,1): error NE0103: The configuration file is larger than 4,194,304 bytes")]
    [InlineData("--baseline", "(1,1): The baseline is larger than 4,194,304 bytes")]
    public void Check_InputThatNeverEnds_LocatedErrorAndExit2(string option, string expected)
    {
        // /dev/zero claims a length of 0 and never ends: "Out of memory" (exit 134) and an overflow before.
        var device = OperatingSystem.IsWindows() ? _workspace.Write("zero.yaml", new string('\0', (4 * 1024 * 1024) + 1)) : "/dev/zero";

        var (exit, _, error) = Bounded(() => _workspace.Run("check", "hospital.yaml", option, device));

        Assert.Equal(2, exit);
        Assert.Contains(device + expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": 1.0, \"findings\": []}", "baseline.json(1,13): \"version\" must be 1")]
    [InlineData("{\"version\": 1e400, \"findings\": []}", "baseline.json(1,13): \"version\" must be 1")]
    [InlineData("{\"version\": 1, \"findings\": [{\"fingerprint\": \"\\ud800\"}]}", "baseline.json(1,45): the \"fingerprint\" is not valid text")]
    public void Check_BaselineThatIsJsonButNotABaseline_LocatedErrorAndExit2(string content, string expected)
    {
        _workspace.Write("baseline.json", content);

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--baseline", "baseline.json");

        Assert.Equal(2, exit);
        Assert.Contains("norms: " + expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GlobWithManyDoubleStarsOnTheCommandLine_MatchesWithoutInternalError()
    {
        _workspace.CopySample("hospital.yaml", string.Join('/', Enumerable.Range(0, 20).Select(i => "d" + i)) + "/deep.yaml");
        var glob = string.Concat(Enumerable.Repeat("**/", 40));

        var matched = Bounded(() => _workspace.Run("check", glob + "deep.yaml", "--format", "json"));
        var unmatched = Bounded(() => _workspace.Run("check", glob + "none.yaml"));

        Assert.True(matched.Exit == 0, matched.Error);
        using var json = JsonDocument.Parse(matched.Output);
        Assert.EndsWith("/deep.yaml", json.RootElement.GetProperty("documents")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, unmatched.Exit);
        Assert.Contains("no .yaml or .yml file matches", unmatched.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", matched.Error + unmatched.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SuppressionGlobWithManyDoubleStars_AppliesWithoutInternalError()
    {
        var glob = string.Concat(Enumerable.Repeat("**/", 40));
        _workspace.Write("norms.config.yaml", $"apiVersion: norms/v1\nkind: Configuration\nroot: true\nsuppressions:\n  - rule: PC*\n    document: \"{glob}hospital.yaml\"\n    justification: accepted\n");
        var deep = string.Join('/', Enumerable.Range(0, 20).Select(i => "d" + i));
        _workspace.CopySample("hospital.yaml", deep + "/hospital.yaml");
        _workspace.CopySample("hospital.yaml", deep + "/other.yaml");

        var (exit, output, error) = Bounded(() => _workspace.Run("check", ".", "--format", "json"));

        // The glob matches both hospital.yaml files and, after trying every way, not other.yaml (where backtracking exploded).
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var findings = document.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("PC", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(findings);
            var suppressed = !document.GetProperty("path").GetString()!.EndsWith("other.yaml", StringComparison.Ordinal);
            Assert.All(findings, f => Assert.Equal(suppressed, f.TryGetProperty("suppression", out var s) && s.ValueKind == JsonValueKind.Object));
        }
    }

    [Fact]
    public void Check_GlobLongerThanAnyPath_ArgumentErrorNamingTheInput()
    {
        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", new string('*', 5000));

        Assert.Equal(2, exit);
        Assert.Contains("norms: input 2 ('", error, StringComparison.Ordinal);
        Assert.Contains("is not a usable glob: The glob is 5000 characters long; a glob is at most 4096.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "hospital.yaml", "--baseline", "a\0b")]
    [InlineData("check", "a\0b")]
    [InlineData("check", "hospital.yaml", "--pack", "p\0.yaml")]
    public void AnyCommand_ArgumentWithNul_ArgumentErrorNotInternalError(params string[] args)
    {
        var (exit, _, error) = _workspace.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("holds a NUL character", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidUtf8OnStandardInput_SameFindingAsTheSameBytesInAFile()
    {
        // Standard input was decoded leniently: a name with U+FFFD and no finding, where the file gave NE0001.
        byte[] bytes = [.. "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Caf\u00e9 "u8, 0xE9, .. " Ltd\n"u8];
        File.WriteAllBytes(Path.Combine(_workspace.Folder, "bad.yaml"), bytes);

        var fromFile = _workspace.Run("check", "bad.yaml", "--format", "json");
        var fromStandardInput = CliRunner.RunWithBytes(_workspace.Folder, bytes, "check", "-", "--format", "json");

        Assert.Equal((1, 1), (fromFile.Exit, fromStandardInput.Exit));
        var expected = Findings(fromFile.Output);
        Assert.Equal([("NE0001", 4, 14)], expected.Select(f => (f.RuleId, f.Line, f.Column)));
        Assert.Equal(expected, Findings(fromStandardInput.Output));
    }

    [Fact]
    public void Check_StandardInputOverTheLimit_Ne0005AsForAFile()
    {
        var bytes = Encoding.UTF8.GetBytes("# " + new string('x', 4 * 1024 * 1024) + "\n");

        var (exit, output, _) = CliRunner.RunWithBytes(_workspace.Folder, bytes, "check", "-", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("NE0005", Assert.Single(Findings(output)).RuleId);
    }

    private static List<(string RuleId, int Line, int Column, string Message)> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return
        [
            .. document.RootElement.GetProperty("documents").EnumerateArray()
                .SelectMany(d => d.GetProperty("findings").EnumerateArray())
                .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("message").GetString()!)),
        ];
    }

    private static T Bounded<T>(Func<T> run) => TestSupport.Bounded.Within(Bound, run, "norms");
}
