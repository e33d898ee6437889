using System.Text.RegularExpressions;
using NormsEngine.Documents;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// The committed schema, checked by an independent validator (ajv-cli, pinned in tests/tools/ajv): every sample
/// organisation and valid fixture passes, every invalid fixture fails where its header says, and the binder
/// agrees on each fixture. Needs node and <c>npm ci --prefix tests/tools/ajv</c>; without them these tests fail, never skip.
/// </summary>
public sealed class OrganisationSchemaValidationTests
{
    /// <summary>One ajv run over every invalid fixture, so node starts once: fixture name to ajv's error line for it.</summary>
    private static readonly Lazy<(AjvRunner.AjvResult Run, Dictionary<string, string> Errors)> InvalidRun = new(ValidateInvalidFixtures);

    public static TheoryData<string> InvalidFixtures() => Fixtures("invalid");

    public static TheoryData<string> ValidFixtures() => Fixtures("valid");

    [Fact]
    public void Ajv_SchemaItself_CompilesInStrictMode()
    {
        var result = AjvRunner.Run("compile", []);

        Assert.True(result.ExitCode == 0, $"ajv could not compile {SchemaPath} in strict mode:\n{result.Output}");
    }

    [Fact]
    public void Ajv_SamplesAndValidFixtures_AreValid()
    {
        var files = Directory.GetFiles(Path.Combine(FixturesDirectory, "valid"), "*.yaml").ToList();
        if (Directory.Exists(RepositoryPaths.SamplesDirectory))
        {
            files.AddRange(Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml"));
        }

        using var scratch = new AjvRunner.ScratchDirectory();
        var data = files.Order(StringComparer.Ordinal).SelectMany(scratch.WriteDocuments).ToList();

        var result = AjvRunner.Run("validate", data);

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

    private static string SchemaPath => AjvRunner.SchemaPath;

    private static string FixturesDirectory => RepositoryPaths.Combine("tests", "NormsEngine.Tests", "Schemas", "fixtures");

    private static string FixturePath(string folder, string name) => Path.Combine(FixturesDirectory, folder, name);

    private static TheoryData<string> Fixtures(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FixturesDirectory, folder), "*.yaml").Order(StringComparer.Ordinal))
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

    private static (AjvRunner.AjvResult Run, Dictionary<string, string> Errors) ValidateInvalidFixtures() =>
        AjvRunner.ValidateEach(Path.Combine(FixturesDirectory, "invalid"));
}
