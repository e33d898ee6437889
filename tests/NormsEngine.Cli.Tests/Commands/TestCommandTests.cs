using NormsEngine.TestSupport;
namespace NormsEngine.Cli.Tests.Commands;

/// <summary><c>norms test PACK [FIXTURES]</c>: fixtures that pass and fail, with their exit codes and file:line failures.</summary>
public sealed class TestCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Test_PassingFixtures_Exits0WithAPassLinePerFixture()
    {
        _workspace.Write("pack/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("pack/fixtures/late-warning.yaml", PackFiles.LateWarning);
        _workspace.Write("pack/fixtures/suppliers/stale.yaml", PackFiles.StaleSupplier);

        var (exit, output, error) = _workspace.Run("test", "pack/contoso.nis2.yaml");

        Assert.True(exit == 0, output + error);
        Assert.Equal(
            "PASS pack/fixtures/late-warning.yaml (2 expectations)\n"
            + "PASS pack/fixtures/suppliers/stale.yaml (1 expectation)\n"
            + "\n"
            + "2 fixtures: 2 passed, 0 failed; 3 expectations, 0 failures.\n",
            output);
    }

    [Fact]
    public void Test_FailingFixture_Exits1AndNamesEachFailureWithFileAndLine()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("cases/a-late.yaml", PackFiles.LateWarning);
        _workspace.Write("cases/b-wrong.yaml", PackFiles.WrongExpectations);

        var (exit, output, _) = _workspace.Run("test", "contoso.nis2.yaml", "cases");

        Assert.Equal(1, exit);
        Assert.Equal(
            "PASS cases/a-late.yaml (2 expectations)\n"
            + "cases/b-wrong.yaml:10: expected a finding of CTS0101 on this line; found none\n"
            + "cases/b-wrong.yaml:11: expected P1 notSatisfied; the verdict is satisfied\n"
            + "FAIL cases/b-wrong.yaml (2 failures)\n"
            + "\n"
            + "2 fixtures: 1 passed, 1 failed; 4 expectations, 2 failures.\n",
            output);
    }

    [Fact]
    public void Test_UnexpectedFinding_FailsAtItsLine()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("fixtures/unannotated.yaml", PackFiles.LateWarning.Replace("   # expect: CTS0101", string.Empty, StringComparison.Ordinal));

        var (exit, output, _) = _workspace.Run("test", "contoso.nis2.yaml");

        Assert.Equal(1, exit);
        Assert.Contains("fixtures/unannotated.yaml:10: unexpected CTS0101: Early warning is promised within 48 hours; NIS2 asks for 24.", output, StringComparison.Ordinal);
        Assert.Contains("FAIL fixtures/unannotated.yaml (1 failure)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_OnlyThePackUnderTestRuns()
    {
        // With the Paris Call pack loaded, this fixture would also have PC0102 on line 10 and NE0201s: unexpected findings.
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("fixtures/late.yaml", PackFiles.LateWarning);
        _workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\npacks: [paris-call]\n");

        var (exit, output, _) = _workspace.Run("test", "contoso.nis2.yaml");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("PC0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_PackAssembly_RunsItsFixtures()
    {
        var (exit, output, error) = CliRunner.Run("test", PackFiles.ContosoAssembly, PackFiles.ContosoFixtures);

        Assert.True(exit == 0, output + error);
        Assert.Contains("PASS samples/CustomRulePack/tests/Contoso.Norms.Tests/fixtures/two-unvetted.yaml (", output, StringComparison.Ordinal);
        Assert.Contains("2 fixtures: 2 passed, 0 failed;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_BrokenPack_Exits2WithNe0101()
    {
        _workspace.Write("broken.yaml", PackFiles.Nis2.Replace("principle: P6", "principle: P66", StringComparison.Ordinal));
        _workspace.Write("fixtures/late.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("test", "broken.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken.yaml(23,16): error NE0101: Unknown principle 'P66'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MissingFixtureFolder_Exits2()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);

        var (exit, _, error) = _workspace.Run("test", "contoso.nis2.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("the fixtures folder 'fixtures' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_SingleFixtureFile_RunsThatFixtureOnly()
    {
        _workspace.Write("pack/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("pack/fixtures/late-warning.yaml", PackFiles.LateWarning);
        _workspace.Write("pack/fixtures/suppliers/stale.yaml", PackFiles.StaleSupplier);

        var (exit, output, error) = _workspace.Run("test", "pack/contoso.nis2.yaml", "pack/fixtures/late-warning.yaml");

        Assert.True(exit == 0, output + error);
        Assert.Equal(
            "PASS pack/fixtures/late-warning.yaml (2 expectations)\n"
            + "\n"
            + "1 fixture: 1 passed, 0 failed; 2 expectations, 0 failures.\n",
            output);
    }

    [Fact]
    public void Test_SingleFailingFixtureFile_Exits1WithItsFailures()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("cases/b-wrong.yml", PackFiles.WrongExpectations);

        var (exit, output, _) = _workspace.Run("test", "contoso.nis2.yaml", "cases/b-wrong.yml");

        Assert.Equal(1, exit);
        Assert.StartsWith("cases/b-wrong.yml:10: expected a finding of CTS0101 on this line; found none\n", output, StringComparison.Ordinal);
        Assert.EndsWith("1 fixture: 0 passed, 1 failed; 2 expectations, 2 failures.\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases/late.yaml", "norms: the file 'cases/late.yaml' does not exist; give a fixture file or a folder of fixtures.\n")]
    [InlineData("cases/", "norms: the folder 'cases/' does not exist; give a fixture file or a folder of fixtures.\n")]
    [InlineData("cases", "norms: no file or folder named 'cases'; give a fixture file or a folder of fixtures.\n")]
    public void Test_MissingFixturePath_Exits2NamingIt(string fixtures, string expected)
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("fixtures/late.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("test", "contoso.nis2.yaml", fixtures);

        Assert.Equal((2, string.Empty, expected), (exit, output, error));
    }

    [Fact]
    public void Test_FolderWithoutFixtures_Exits2()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("cases/readme.txt", "no fixtures here");

        var (exit, _, error) = _workspace.Run("test", "contoso.nis2.yaml", "cases");

        Assert.Equal(2, exit);
        Assert.Contains("'cases' has no *.yaml fixture", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_BuiltInPack_Exits2()
    {
        var (exit, _, error) = CliRunner.Run("test", "paris-call");

        Assert.Equal(2, exit);
        Assert.Contains("built-in pack", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_PackNamingAParisCallThreshold_LoadsAndRunsAlone()
    {
        _workspace.Write("sla.yaml", PackFiles.Sla);
        _workspace.Write("fixtures/slow.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Slow\n  assessedOn: 2026-10-15\nhygiene:\n  patching:\n    criticalExternalSlaDays: 90   # expect: SLA0101\n");

        var (exit, output, error) = _workspace.Run("test", "sla.yaml");

        Assert.True(exit == 0, output + error);
    }
}
