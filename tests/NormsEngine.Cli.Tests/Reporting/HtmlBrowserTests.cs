using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Cli.Tests.Reporting;

/// <summary>
/// The html report of samples/organisations in a real browser (<see cref="ChromiumFixture"/>): it loads from a file
/// with no console error and no request but its own; axe-core finds no serious or critical accessibility violation;
/// the page never scrolls sideways on a phone or a laptop; its folded evidence opens and closes; it prints to PDF; and a
/// screenshot is left in the test output for people to review.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class HtmlBrowserTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task Open_OrganisationsReport_NoConsoleErrorAndNoRequestButTheFile()
    {
        var context = await chromium.Browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var requests = new List<string>();
            var errors = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);

            // Everything goes through the route: the report itself is served, anything else is recorded and refused.
            await context.RouteAsync("**/*", route => route.Request.Url == chromium.ReportUrl ? route.ContinueAsync() : route.AbortAsync());
            await page.GotoAsync(chromium.ReportUrl, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.Equal([chromium.ReportUrl], requests);
            Assert.Empty(errors);
            Assert.Equal(13, await page.Locator("section.document").CountAsync());
            Assert.Equal(13, await page.Locator("table.matrix tbody tr").CountAsync());
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Axe_OrganisationsReport_NoSeriousOrCriticalViolation()
    {
        var axe = NodeTool.Axe.EnsureInstalled();
        var page = await Open(1280);

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: v.nodes[0].target.join(' ') }))
            """);

        var serious = violations.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
        Assert.True(serious.Count == 0, "axe-core found serious or critical violations:\n" + string.Join('\n', serious));
        await page.Context.DisposeAsync();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Open_AtWidth_NoHorizontalScrolling(int width)
    {
        var page = await Open(width);

        var (scroll, client) = await Widths(page);

        Assert.True(scroll <= client, $"At {width} px the page is {scroll} px wide for a viewport of {client} px.");
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task Open_WideTableAt390_ScrollsInItsOwnBoxOnly()
    {
        // The check above must be able to fail: the matrix is wider than a phone, and only its box may scroll.
        var page = await Open(390);

        var matrix = await page.EvaluateAsync<int[]>("() => { const box = document.querySelector('table.matrix').parentElement; return [box.scrollWidth, box.clientWidth]; }");
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = ".scroll { overflow: visible !important; }" });
        var (scroll, client) = await Widths(page);

        Assert.True(matrix[0] > matrix[1], "The matrix fits a phone: this test no longer shows that the page check can fail.");
        Assert.True(scroll > client, "Without its scrolling box the matrix should widen the page.");
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task Details_ClickSummary_OpensThenCloses()
    {
        var page = await Open(1280);
        var details = page.Locator("details.evidence").First;
        var list = details.Locator("ul");

        var before = await details.EvaluateAsync<bool>("d => d.open");
        await details.Locator("summary").ClickAsync();
        var opened = await details.EvaluateAsync<bool>("d => d.open");
        var shown = await list.IsVisibleAsync();
        await details.Locator("summary").ClickAsync();
        var closed = await details.EvaluateAsync<bool>("d => d.open");

        Assert.False(before);
        Assert.True(opened && shown);
        Assert.False(closed);
        Assert.False(await list.IsVisibleAsync());
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task Pdf_OrganisationsReport_IsAPdf()
    {
        var page = await Open(1280);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

        Assert.True(pdf.Length > 10_000, $"The PDF has {pdf.Length} bytes.");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        await File.WriteAllBytesAsync(Path.Combine(ChromiumFixture.OutputFolder, "organisations.pdf"), pdf);
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task Screenshot_OrganisationsReport_WrittenToTheTestOutput()
    {
        var page = await Open(1280, height: 900);
        var file = Path.Combine(ChromiumFixture.OutputFolder, "organisations.png");
        File.Delete(file);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });

        Assert.True(new FileInfo(file).Length > 10_000, $"The screenshot at {file} is nearly empty.");
        await page.Context.DisposeAsync();
    }

    private static async Task<(int Scroll, int Client)> Widths(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>The report in a new context of its own, <paramref name="width"/> pixels wide.</summary>
    private async Task<IPage> Open(int width, int height = 800)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.ReportUrl);
        return page;
    }
}
