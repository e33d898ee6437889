using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Playwright;

namespace NormsEngine.Cli.Tests.Reporting;

/// <summary>
/// One Chromium for every browser test, driven by Playwright, and the html report of <c>samples/organisations</c>
/// (13 documents: the portfolio) written by the norms tool itself. The browser is Debian's system Chromium
/// (<c>/usr/bin/chromium</c>); Playwright downloads none. When it is missing, the fixture installs it with apt-get when
/// it can (as root), else every test fails with the one command that installs it: never a skip.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The command that installs it.</summary>
    public const string InstallCommand = "sudo apt-get install -y chromium";

    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(10);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("norms-html-");
    private IPlaywright? _playwright;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The report of samples/organisations.</summary>
    public string ReportFile => Path.Combine(_folder.FullName, "organisations.html");

    /// <summary>The report's address.</summary>
    public string ReportUrl => new Uri(ReportFile).AbsoluteUri;

    /// <summary>Where the tests leave what people review (screenshots): the test output folder, never committed.</summary>
    public static string OutputFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "html-report")).FullName;

    public async Task InitializeAsync()
    {
        var check = CliRunner.Run("check", "samples/organisations", "--format", "html", "--output", ReportFile);
        Assert.True(check.Exit == 1 && File.Exists(ReportFile), $"norms check exited with {check.Exit}: {check.Error}");
        EnsureChromium();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _folder.Delete(recursive: true);
    }

    /// <summary>Installs Chromium when it is missing and this process may (root, apt-get); fails with the command otherwise.</summary>
    private static void EnsureChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var why = "it is not installed";
        if (OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            // A fresh machine may not have the package lists yet: update them once when the first attempt fails.
            var result = Apt("install -y -q chromium");
            if (result != 0)
            {
                Apt("update -q");
                result = Apt("install -y -q chromium");
            }

            why = $"it is not installed, and 'apt-get install -y chromium' exited with {result}";
        }

        Assert.True(File.Exists(ChromiumPath), $"The browser tests need Chromium at {ChromiumPath}, but {why}. Install it with: {InstallCommand}");
    }

    private static int Apt(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(AptTimeout))
            {
                process.Kill(entireProcessTree: true);
                return -1;
            }

            return process.ExitCode;
        }
        catch (Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>The browser tests share one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
