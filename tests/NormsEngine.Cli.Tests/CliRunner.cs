using System.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests;

/// <summary>Runs the norms tool in-process (fast) or as a real process, from the repository root or in a <see cref="Workspace"/>.</summary>
internal static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => RunIn(RepositoryPaths.Root, null, args);

    /// <summary>Runs the tool in <paramref name="workspace"/>'s folder.</summary>
    public static (int Exit, string Output, string Error) Run(this Workspace workspace, params string[] args) => RunIn(workspace.Folder, null, args);

    /// <summary>Runs the tool in <paramref name="workspace"/>'s folder with <paramref name="input"/> on standard input.</summary>
    public static (int Exit, string Output, string Error) RunWithInput(this Workspace workspace, string input, params string[] args) =>
        RunIn(workspace.Folder, input, args);

    /// <summary>Runs in-process with <paramref name="directory"/> as the current folder and <paramref name="input"/> as standard input.</summary>
    public static (int Exit, string Output, string Error) RunIn(string directory, string? input, params string[] args) =>
        RunWithBytes(directory, System.Text.Encoding.UTF8.GetBytes(input ?? string.Empty), args);

    /// <summary>Runs in-process with <paramref name="input"/>'s bytes, as they are, as standard input.</summary>
    public static (int Exit, string Output, string Error) RunWithBytes(string directory, byte[] input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var standardInput = new MemoryStream(input, writable: false);
        var exit = InDirectory(directory, () => NormsApp.Run(args, output, error, standardInput));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="directory"/> as the current folder, one test at a time.</summary>
    public static T InDirectory<T>(string directory, Func<T> action)
    {
        lock (typeof(CliRunner))
        {
            // Read under the lock: another test's folder may be the current one until it is restored and deleted.
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(directory);
            try
            {
                return action();
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    public static (int Exit, string Output, string Error) RunProcess(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "norms.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("norms did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
