using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests;

/// <summary>
/// Mistyped commands and unknown options are argument errors (exit code 2) that name the closest known one, instead of
/// an unknown option being read as a file; a file whose name starts with '-' is still reachable.
/// </summary>
public sealed class UnknownArgumentsTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public UnknownArgumentsTests()
    {
        _workspace.CopySample("hospital.yaml");
    }

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("norms: unknown option '--frmat'; did you mean '--format'?\nRun 'norms check --help' for usage.\n", "check", "--frmat", "json", "hospital.yaml")]
    [InlineData("norms: unknown option '--frmat'; did you mean '--format'?\nRun 'norms check --help' for usage.\n", "check", "hospital.yaml", "--frmat=json")]
    [InlineData("norms: unknown option '--FAIL-ON'; did you mean '--fail-on'?\nRun 'norms check --help' for usage.\n", "check", "--FAIL-ON", "warning", "hospital.yaml")]
    [InlineData("norms: unknown option '--ouput'; did you mean '--output'?\nRun 'norms baseline create --help' for usage.\n", "baseline", "create", "--ouput", "b.json", "hospital.yaml")]
    [InlineData("norms: unknown option '--frmat'; did you mean '--format'?\nRun 'norms rules list --help' for usage.\n", "rules", "list", "--frmat", "json")]
    [InlineData("norms: unknown option '--pak'; did you mean '--pack'?\nRun 'norms test --help' for usage.\n", "test", "pack.yaml", "--pak", "other.yaml")]
    [InlineData("norms: unknown option '--colour'.\nRun 'norms check --help' for usage.\n", "check", "hospital.yaml", "--colour")]
    public void Run_UnknownOption_Exits2WithTheClosestKnownOption(string expected, params string[] args)
    {
        var (exit, output, error) = _workspace.Run(args);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Fact]
    public void Check_UnknownOptionWithControlCharacters_ShownOnOneLineWithoutThem()
    {
        var (exit, _, error) = _workspace.Run("check", "--frmat\u001b[2J\nx", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.DoesNotContain('\u001b', error);
        Assert.Equal(2, error.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Check_TwoUnknownOptions_NamesEach()
    {
        var (exit, _, error) = _workspace.Run("check", "--frmat", "json", "--fial-on", "warning", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.StartsWith(
            "norms: unknown option '--frmat'; did you mean '--format'?\nnorms: unknown option '--fial-on'; did you mean '--fail-on'?\n",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileNameStartingWithDash_IsAnUnknownOptionWithTheWayToNameIt()
    {
        _workspace.CopySample("hospital.yaml", "-x.yaml");

        var (exit, _, error) = _workspace.Run("check", "-x.yaml");

        Assert.Equal(2, exit);
        Assert.StartsWith("norms: unknown option '-x.yaml'; a file whose name starts with '-' goes after '--', or as './-x.yaml'.\n", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--", "-x.yaml")]
    [InlineData("./-x.yaml")]
    [InlineData("hospital.yaml", "--", "-x.yaml", "--format")]
    public void Check_FileNameStartingWithDash_AfterDoubleDashOrDotSlash_IsChecked(params string[] inputs)
    {
        _workspace.CopySample("hospital.yaml", "-x.yaml");
        _workspace.CopySample("hospital.yaml", "--format");

        var (exit, _, error) = _workspace.Run(["check", "--format", "json", "-o", "r.json", .. inputs]);

        Assert.True(exit == 0, error);
        Assert.Contains("\"path\": \"-x.yaml\"", _workspace.Read("r.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StandardInputAndAnOptionValueStartingWithDash_AreNotUnknownOptions()
    {
        var (exit, output, error) = _workspace.RunWithInput(Workspace.Sample("hospital.yaml"), "check", "-", "--output", "-report.txt");

        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, output);
        Assert.Contains("<stdin> - Centre Hospitalier", _workspace.Read("-report.txt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("norms: unknown command 'chek'; did you mean 'check'?\nRun 'norms --help' for usage.\n", "chek")]
    [InlineData("norms: unknown command 'chek'; did you mean 'check'?\nRun 'norms --help' for usage.\n", "chek", "hospital.yaml", "--frmat", "json")]
    [InlineData("norms: unknown command 'rules lst'; did you mean 'rules list'?\nRun 'norms rules --help' for usage.\n", "rules", "lst")]
    [InlineData("norms: unknown command 'baseline craete'; did you mean 'baseline create'?\nRun 'norms baseline --help' for usage.\n", "baseline", "craete", "hospital.yaml")]
    [InlineData("norms: unknown command 'audit'; the commands are check, explain, fix, baseline, rules, test, init, schema, catalog.\nRun 'norms --help' for usage.\n", "audit")]
    [InlineData("norms: unknown command 'generate'; the commands are check, explain, fix, baseline, rules, test, init, schema, catalog.\nRun 'norms --help' for usage.\n", "generate", "--count", "3", "--output", "out")]
    public void Run_UnknownCommand_Exits2WithTheClosestCommand(string expected, params string[] args)
    {
        var (exit, output, error) = _workspace.Run(args);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Fact]
    public void Help_Root_DoesNotListGenerate()
    {
        // The corpus generator moved to the benchmarks (dotnet run --project tests/NormsEngine.Benchmarks -- generate).
        var (exit, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("schema", output, StringComparison.Ordinal);
        Assert.DoesNotContain("generate", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("rules")]
    [InlineData("baseline")]
    public void Run_CommandGroupAlone_PrintsItsHelpAndExits2(params string[] args)
    {
        var (exit, output, error) = _workspace.Run(args);
        var help = _workspace.Run([.. args, "--help"]);

        // The help, as --help prints it; exit code 2 all the same: no job was done, and a CI gate must not pass.
        Assert.Equal((2, help.Output, string.Empty), (exit, output, error));
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Equal(0, help.Exit);
    }

    [Fact]
    public void Check_HelpWithAnUnknownOption_ShowsTheHelp()
    {
        var (exit, output, _) = _workspace.Run("check", "--frmat", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("check <inputs>... [options]", output, StringComparison.Ordinal);
    }
}
