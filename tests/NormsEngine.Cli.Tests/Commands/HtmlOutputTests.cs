using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// <c>norms check --format html</c>: the tool gives the html report the input's text (for the YAML excerpts) and the
/// explanations' questions (for the missing data), and gives the other outputs of the same run neither.
/// </summary>
public sealed class HtmlOutputTests : IDisposable
{
    private readonly Workspace _workspace = new("norms-html-output-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Check_HtmlOutput_QuotesTheYamlAndAsksForMissingDataInTheFieldCataloguesWords()
    {
        var file = _workspace.PathOf("vendor.html");

        var run = CliRunner.Run("check", ReportSamples.SoftwareVendor, "--format", "html", "--output", file);

        var html = File.ReadAllText(file);
        Assert.True(run.Exit is 0 or 1, run.Error);
        Assert.Contains("<pre class=\"excerpt\"><code>", html, StringComparison.Ordinal);
        Assert.Matches(@"<li>What is <code>[\w.\[\]]+</code>\? [A-Z][^<]+\.</li>", html);
        Assert.DoesNotContain(RepositoryPaths.Root, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HtmlAndJson_JsonAsWithoutHtml()
    {
        var alone = _workspace.PathOf("alone.json");
        var withHtml = _workspace.PathOf("with-html.json");

        CliRunner.Run("check", ReportSamples.SoftwareVendor, "--format", "json", "--output", alone);
        CliRunner.Run("check", ReportSamples.SoftwareVendor, "--format", "html", "--output", _workspace.PathOf("vendor.html"), "--format", "json", "--output", withHtml);

        Assert.Equal(File.ReadAllText(alone), File.ReadAllText(withHtml));
        Assert.DoesNotContain("\"explanations\"", File.ReadAllText(withHtml), StringComparison.Ordinal);
    }
}
