using System.ComponentModel;
using System.Diagnostics;
using NormsEngine.Schemas;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// Runs the pinned ajv-cli (tests/tools/ajv) on a committed schema, by default the organisation schema. Needs node and
/// <c>npm ci --prefix tests/tools/ajv</c>; the first run installs it when missing, and without node the callers fail, never skip.
/// </summary>
internal static class AjvRunner
{
    private const string InstallCommand = "npm ci --prefix tests/tools/ajv";

    private static readonly TimeSpan ValidatorTimeout = TimeSpan.FromMinutes(2);

    // On a fresh clone `dotnet test` installs the pinned validator itself (once), so the README's test command needs no extra step.
    private static readonly Lazy<int> InstallTools = new(() =>
    {
        try
        {
            var start = new ProcessStartInfo("npm") { WorkingDirectory = SchemaTestPaths.AjvToolsDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return process.WaitForExit(TimeSpan.FromMinutes(5)) ? process.ExitCode : -1;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    });

    public static string SchemaPath => Path.Combine(SchemaTestPaths.SchemasDirectory, OrganisationSchema.FileName);

    /// <summary>
    /// Runs ajv-cli. It ends with process.exit, which on Linux can drop what it wrote to a full pipe (64 KiB) that the
    /// reader has not drained yet: callers keep each run's output well under that, in batches and with
    /// <paramref name="errors"/> "no" when only the verdicts matter.
    /// </summary>
    public static AjvResult Run(string command, IReadOnlyList<string> data, string errors = "line", string? schema = null)
    {
        var cli = Path.Combine(SchemaTestPaths.AjvToolsDirectory, "node_modules", "ajv-cli", "dist", "index.js");
        if (!File.Exists(cli))
        {
            _ = InstallTools.Value;
        }

        Assert.True(File.Exists(cli), $"ajv-cli is not installed at {cli} and could not be installed (node and npm are needed). From the repository root, run: {InstallCommand}");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = SchemaTestPaths.AjvToolsDirectory,
        };
        foreach (var argument in new[] { cli, command, "--spec=draft2020", "--strict=true", "--all-errors", "-c", "ajv-formats", "-s", schema ?? SchemaPath })
        {
            start.ArgumentList.Add(argument);
        }

        if (command == "validate")
        {
            // By default one JSON line per invalid document, so that tests can look for the instance path and keyword.
            start.ArgumentList.Add("--errors=" + errors);
        }

        foreach (var file in data)
        {
            start.ArgumentList.Add("-d");
            start.ArgumentList.Add(file);
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
            if (!process.WaitForExit(ValidatorTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"ajv did not finish within {ValidatorTimeout}.");
            }

            return new AjvResult(process.ExitCode, Lf(output), Lf(error.GetAwaiter().GetResult()));
        }

        static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public sealed record AjvResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => StandardOutput + StandardError;

        /// <summary>ajv's verdict per data file: "&lt;file&gt; valid" on standard output, "&lt;file&gt; invalid" on standard error.</summary>
        public Dictionary<string, bool> Verdicts()
        {
            var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var line in Output.Split('\n'))
            {
                if (line.EndsWith(" invalid", StringComparison.Ordinal))
                {
                    verdicts[line[..^" invalid".Length]] = false;
                }
                else if (line.EndsWith(" valid", StringComparison.Ordinal))
                {
                    verdicts[line[..^" valid".Length]] = true;
                }
            }

            return verdicts;
        }
    }

    /// <summary>A temporary folder for the JSON copies of YAML documents that ajv reads; deleted afterwards.</summary>
    public sealed class ScratchDirectory : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("norms-schema-").FullName;

        /// <summary>Writes each document of a YAML file as <c>folder-name.yaml.N.json</c>, so ajv's messages name the source.</summary>
        public IReadOnlyList<string> WriteDocuments(string yamlFile)
        {
            var documents = YamlToJson.Documents(File.ReadAllText(yamlFile));
            var paths = new List<string>(documents.Count);
            for (var i = 0; i < documents.Count; i++)
            {
                var path = Path.Combine(_path, $"{Path.GetFileName(Path.GetDirectoryName(yamlFile))}-{Path.GetFileName(yamlFile)}.{i + 1}.json");
                File.WriteAllText(path, documents[i]);
                paths.Add(path);
            }

            return paths;
        }

        /// <summary>Writes one JSON document under a name of its own; returns its path.</summary>
        public string Write(string name, string json)
        {
            var path = Path.Combine(_path, name);
            File.WriteAllText(path, json);
            return path;
        }

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
