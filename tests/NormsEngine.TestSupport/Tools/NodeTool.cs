using System.ComponentModel;
using System.Diagnostics;

namespace NormsEngine.TestSupport.Tools;

/// <summary>
/// A validator pinned with npm in <c>tests/tools/NAME</c> (ajv-cli, the SARIF multitool), run with node. On a fresh
/// clone the first run installs it (<c>npm ci</c>, once per test run), so the README's test command needs no extra
/// step; without node or npm the caller fails with the command to run, never skips.
/// </summary>
public sealed class NodeTool
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private readonly Lazy<int> _install;

    private NodeTool(string name, string displayName, string entry)
    {
        Name = name;
        DisplayName = displayName;
        Entry = Path.Combine(Directory, entry);
        _install = new Lazy<int>(Install);
    }

    /// <summary>ajv-cli with ajv-formats (<c>tests/tools/ajv</c>), which checks the JSON Schemas.</summary>
    public static NodeTool Ajv { get; } = new("ajv", "ajv-cli", Path.Combine("node_modules", "ajv-cli", "dist", "index.js"));

    /// <summary>Microsoft's SARIF multitool (<c>tests/tools/sarif</c>), which checks the SARIF the tool writes.</summary>
    public static NodeTool SarifMultitool { get; } = new("sarif", "The SARIF multitool", Path.Combine("node_modules", "@microsoft", "sarif-multitool", "bin.js"));

    /// <summary>axe-core (<c>tests/tools/axe</c>), the accessibility engine the browser tests inject into the html report; <see cref="Entry"/> is its script.</summary>
    public static NodeTool Axe { get; } = new("axe", "axe-core", Path.Combine("node_modules", "axe-core", "axe.min.js"));

    /// <summary>The folder's name under <c>tests/tools</c>.</summary>
    public string Name { get; }

    /// <summary>What messages call the tool.</summary>
    public string DisplayName { get; }

    /// <summary>The tool's folder, where its package.json and package-lock.json pin it.</summary>
    public string Directory => RepositoryPaths.Combine("tests", "tools", Name);

    /// <summary>The script node runs.</summary>
    public string Entry { get; }

    /// <summary>The command that installs the tool, from the repository root.</summary>
    public string InstallCommand => $"npm ci --prefix tests/tools/{Name}";

    /// <summary>
    /// Runs the tool with <paramref name="arguments"/> in <paramref name="workingDirectory"/> (the tool's folder by
    /// default) and returns its exit code and outputs with LF line ends; fails the test when it cannot be installed
    /// or started, or does not end within <paramref name="timeout"/>.
    /// </summary>
    public NodeToolResult Run(IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        if (!File.Exists(Entry))
        {
            _ = _install.Value;
        }

        Assert.True(File.Exists(Entry), $"{DisplayName} is not installed at {Entry} and could not be installed (node and npm are needed). From the repository root, run: {InstallCommand}");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory,
        };
        start.ArgumentList.Add(Entry);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"node is not on the PATH ({ex.Message}). Install Node.js 18 or later, then run: {InstallCommand}");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"{DisplayName} did not finish within {timeout}.");
            }

            return new NodeToolResult(process.ExitCode, Lf(output), Lf(error.GetAwaiter().GetResult()));
        }

        static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Installs the tool when it is missing (<c>npm ci</c>, once per test run); fails the test with the command to run when it cannot.</summary>
    /// <returns><see cref="Entry"/>.</returns>
    public string EnsureInstalled()
    {
        if (!File.Exists(Entry))
        {
            _ = _install.Value;
        }

        Assert.True(File.Exists(Entry), $"{DisplayName} is not installed at {Entry} and could not be installed (node and npm are needed). From the repository root, run: {InstallCommand}");
        return Entry;
    }

    private int Install()
    {
        try
        {
            var start = new ProcessStartInfo("npm") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return process.WaitForExit(InstallTimeout) ? process.ExitCode : -1;
        }
        catch (Win32Exception)
        {
            return -1;
        }
    }
}
