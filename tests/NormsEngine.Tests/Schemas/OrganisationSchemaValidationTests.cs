using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;
using NormsEngine.Documents;
using NormsEngine.Schemas;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// The committed schema, checked by an independent validator (ajv-cli, pinned in tests/tools/ajv): every sample
/// organisation and valid fixture passes, every invalid fixture fails where its header says, and the binder
/// agrees on each fixture. Needs node and <c>npm ci --prefix tests/tools/ajv</c>; without them these tests fail, never skip.
/// </summary>
public sealed class OrganisationSchemaValidationTests
{
    private const string InstallCommand = "npm ci --prefix tests/tools/ajv";
    private const string InvalidSuffix = " invalid";

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

    /// <summary>One ajv run over every invalid fixture, so node starts once: fixture name to ajv's error line for it.</summary>
    private static readonly Lazy<(AjvResult Run, Dictionary<string, string> Errors)> InvalidRun = new(ValidateInvalidFixtures);

    public static TheoryData<string> InvalidFixtures() => Fixtures("invalid");

    public static TheoryData<string> ValidFixtures() => Fixtures("valid");

    [Fact]
    public void Ajv_SchemaItself_CompilesInStrictMode()
    {
        var result = RunAjv("compile", []);

        Assert.True(result.ExitCode == 0, $"ajv could not compile {SchemaPath} in strict mode:\n{result.Output}");
    }

    [Fact]
    public void Ajv_SamplesAndValidFixtures_AreValid()
    {
        var files = Directory.GetFiles(Path.Combine(SchemaTestPaths.FixturesDirectory, "valid"), "*.yaml").ToList();
        if (Directory.Exists(SchemaTestPaths.SamplesDirectory))
        {
            files.AddRange(Directory.GetFiles(SchemaTestPaths.SamplesDirectory, "*.yaml"));
        }

        using var scratch = new ScratchDirectory();
        var data = files.Order(StringComparer.Ordinal).SelectMany(scratch.WriteDocuments).ToList();

        var result = RunAjv("validate", data);

        Assert.True(result.ExitCode == 0, $"ajv rejected documents the schema should accept:\n{result.Output}");
        Assert.Equal(data.Count, result.StandardOutput.Split('\n').Count(line => line.EndsWith(" valid", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Ajv_InvalidFixture_FailsAtTheExpectedPath(string fixture)
    {
        var (keyword, instancePath) = Expectation(FixturePath("invalid", fixture), "schema", @"^(\w+) at (/\S*)$");

        var (run, errors) = InvalidRun.Value;

        Assert.True(run.ExitCode == 1, $"ajv should exit with 1 on invalid documents; it exited with {run.ExitCode}:\n{run.Output}");
        Assert.True(errors.TryGetValue(fixture, out var line), $"ajv accepted {fixture}, which the schema should reject:\n{run.Output}");
        var expectedPath = $"\"instancePath\":\"{(instancePath == "/" ? string.Empty : instancePath)}\",";
        Assert.True(
            line.Contains(expectedPath, StringComparison.Ordinal) && line.Contains($"\"keyword\":\"{keyword}\"", StringComparison.Ordinal),
            $"ajv should reject {fixture} with '{keyword}' at '{instancePath}'; it said: {line}");
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void LoadFile_ValidFixture_BinderReportsNoErrors(string fixture)
    {
        var documents = new DocumentLoader().LoadFile(FixturePath("valid", fixture));

        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.False(d.HasErrors, string.Join("\n", d.Findings.Select(f => $"{f.RuleId} {f.Message}"))));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void LoadFile_InvalidFixture_BinderReportsTheExpectedRule(string fixture)
    {
        var path = FixturePath("invalid", fixture);
        var (ruleId, _) = Expectation(path, "binder", @"^(NE\d{4})()$");

        var documents = new DocumentLoader().LoadFile(path);

        var findings = documents.SelectMany(d => d.Findings).ToList();
        Assert.True(
            documents.Any(d => d.HasErrors) && findings.Any(f => f.RuleId == ruleId),
            $"The binder should report {ruleId} for {fixture}; it reported: {string.Join("; ", findings.Select(f => $"{f.RuleId} {f.Message}"))}");
    }

    private static string SchemaPath => Path.Combine(SchemaTestPaths.SchemasDirectory, OrganisationSchema.FileName);

    private static string FixturePath(string folder, string name) => Path.Combine(SchemaTestPaths.FixturesDirectory, folder, name);

    private static TheoryData<string> Fixtures(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SchemaTestPaths.FixturesDirectory, folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>Reads a fixture's <c># name: value</c> header line (what is wrong with it) and matches it against a pattern.</summary>
    private static (string First, string Second) Expectation(string fixture, string name, string pattern)
    {
        var prefix = $"# {name}: ";
        var line = File.ReadLines(fixture).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"{fixture} has no '{prefix}...' line saying what is wrong with it.");
        var match = Regex.Match(line[prefix.Length..].Trim(), pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"{fixture}: '{line}' does not match {pattern}.");
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    private static (AjvResult Run, Dictionary<string, string> Errors) ValidateInvalidFixtures()
    {
        using var scratch = new ScratchDirectory();
        var fixtureOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fixture in Directory.GetFiles(Path.Combine(SchemaTestPaths.FixturesDirectory, "invalid"), "*.yaml"))
        {
            var documents = scratch.WriteDocuments(fixture);
            Assert.True(documents.Count == 1, $"{fixture} should hold exactly one document, so that it fails for one reason.");
            fixtureOf[documents[0]] = Path.GetFileName(fixture);
        }

        var run = RunAjv("validate", fixtureOf.Keys.Order(StringComparer.Ordinal).ToList());

        // ajv writes "<file> invalid" and then, with --errors=line, the errors as one JSON line, both on stderr.
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = run.StandardError.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].EndsWith(InvalidSuffix, StringComparison.Ordinal) && fixtureOf.TryGetValue(lines[i][..^InvalidSuffix.Length], out var fixture))
            {
                errors[fixture] = lines[i + 1];
            }
        }

        return (run, errors);
    }

    private static AjvResult RunAjv(string command, IReadOnlyList<string> data)
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
        foreach (var argument in new[] { cli, command, "--spec=draft2020", "--strict=true", "--all-errors", "-c", "ajv-formats", "-s", SchemaPath })
        {
            start.ArgumentList.Add(argument);
        }

        if (command == "validate")
        {
            // One JSON line per invalid document, so that tests can look for the instance path and keyword.
            start.ArgumentList.Add("--errors=line");
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

    private sealed record AjvResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => StandardOutput + StandardError;
    }

    /// <summary>A temporary folder for the JSON copies of YAML documents that ajv reads; deleted afterwards.</summary>
    private sealed class ScratchDirectory : IDisposable
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

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
