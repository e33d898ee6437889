using System.Diagnostics;
using System.Text.Json;
using NormsEngine.Cli.Tests.Output;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// Reports, baselines and starter files are written whole or not at all: a full disk or a killed run leaves the
/// previous file as it was (it used to be replaced by a truncated one).
/// </summary>
public sealed class AtomicOutputTests : IDisposable
{
    private const string Previous = "{ \"previous\": \"valid\" }\n";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Check_DiskFillsWhileWritingTheReport_Exit2AndThePreviousReportIntact()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("good.json", Previous);

        (int Exit, string Output, string Error) result;
        using (FailingStream.Install(capacity: 4096))
        {
            result = _workspace.Run("check", "hospital.yaml", "--format", "json", "--output", "good.json");
        }

        Assert.Equal(2, result.Exit);
        Assert.Contains("norms: cannot write 'good.json': No space left on device", result.Error, StringComparison.Ordinal);
        Assert.Equal(Previous, _workspace.Read("good.json"));
        Assert.Equal(["good.json", "hospital.yaml"], Files());
    }

    [Fact]
    public void Check_ReportWritten_ReplacesThePreviousReport()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("good.json", Previous);

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--format", "json", "--output", "good.json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(_workspace.Read("good.json"));
        Assert.Equal("hospital.yaml", json.RootElement.GetProperty("documents")[0].GetProperty("path").GetString());
        Assert.Equal(["good.json", "hospital.yaml"], Files());
    }

    [Fact]
    public void BaselineCreate_DiskFillsWhileWriting_Exit2AndThePreviousBaselineIntact()
    {
        _workspace.CopySample("hospital.yaml");
        _workspace.Write("norms.baseline.json", Previous);

        (int Exit, string Output, string Error) result;
        using (FailingStream.Install(capacity: 100))
        {
            result = _workspace.Run("baseline", "create", "hospital.yaml");
        }

        Assert.Equal(2, result.Exit);
        Assert.Contains("cannot write 'norms.baseline.json'", result.Error, StringComparison.Ordinal);
        Assert.Equal(Previous, _workspace.Read("norms.baseline.json"));
        Assert.Equal(["hospital.yaml", "norms.baseline.json"], Files());
    }

    [Fact]
    public void Init_DiskFillsWhileWriting_Exit2AndNoPartialFile()
    {
        (int Exit, string Output, string Error) result;
        using (FailingStream.Install(capacity: 100))
        {
            result = _workspace.Run("init");
        }

        Assert.Equal(2, result.Exit);
        Assert.Empty(Files());
    }

    [Fact]
    public void RulesDocs_DiskFillsWhileWriting_Exit2AndNoPartialPage()
    {
        (int Exit, string Output, string Error) result;
        using (FailingStream.Install(capacity: 100))
        {
            result = _workspace.Run("rules", "docs", "paris-call", "--output", "docs");
        }

        Assert.Equal(2, result.Exit);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_workspace.Folder, "docs")));
    }

    [Fact]
    public async Task Check_ProcessKilledWhileWritingTheReport_ThePreviousReportIntact()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The kill comes from the file size limit (ulimit -f), a POSIX shell feature.
        }

        // The process may write 16 KiB; the report is larger, so the kernel kills it (SIGXFSZ) part way through.
        var report = Path.Combine(_workspace.Folder, "good.json");
        File.WriteAllText(report, Previous);
        var tool = Path.Combine(AppContext.BaseDirectory, "norms.dll");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("ulimit -f 16; exec dotnet \"$0\" check samples/organisations --format json --output \"$1\"");
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add(report);
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // its double-mapped code pages count against the limit

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "norms did not end");

        Assert.True(process.ExitCode == 128 + 25, $"expected the kill by SIGXFSZ, got exit code {process.ExitCode}: {await error}");
        Assert.Equal(Previous, File.ReadAllText(report));
    }

    private string[] Files() => [.. Directory.EnumerateFiles(_workspace.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
