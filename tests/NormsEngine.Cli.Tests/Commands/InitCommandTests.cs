namespace NormsEngine.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Init_EmptyFolder_WritesACommentedDocumentAndConfigurationThatCheckCleanly()
    {
        var (exit, output, error) = _workspace.Run("init", "policies");

        Assert.True(exit == 0, error);
        Assert.Contains("Wrote policies/organisation.yaml", output, StringComparison.Ordinal);
        Assert.Contains("Wrote policies/norms.config.yaml", output, StringComparison.Ordinal);
        var document = _workspace.Read("policies/organisation.yaml");
        var configuration = _workspace.Read("policies/norms.config.yaml");
        Assert.StartsWith("# ", document, StringComparison.Ordinal);
        Assert.StartsWith("# ", configuration, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", document, StringComparison.Ordinal);

        var check = _workspace.Run("check", "policies");

        Assert.True(check.Exit == 0, check.Output + check.Error);
        Assert.DoesNotContain(" NE0", check.Output, StringComparison.Ordinal);
        Assert.Contains("policies/organisation.yaml - Example Organisation", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ExistingFile_RefusesAndOverwritesNothing()
    {
        _workspace.Write("norms.config.yaml", "mine\n");

        var (exit, output, error) = _workspace.Run("init");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("norms.config.yaml' already exists", error, StringComparison.Ordinal);
        Assert.Equal("mine\n", _workspace.Read("norms.config.yaml"));
        Assert.False(_workspace.Exists("organisation.yaml"));
    }

    [Fact]
    public void Init_Twice_SecondRunExits2()
    {
        Assert.Equal(0, _workspace.Run("init").Exit);
        var before = _workspace.Read("organisation.yaml");

        Assert.Equal(2, _workspace.Run("init", ".").Exit);
        Assert.Equal(before, _workspace.Read("organisation.yaml"));
    }
}
