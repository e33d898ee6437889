using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.Configuration;
using NormsEngine.Schemas;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// configuration.schema.json against the configuration reader, with the pinned ajv-cli (tests/tools/ajv): the sample,
/// the init template, the configurations the documentation shows and the valid fixtures are accepted by both; every
/// invalid fixture is rejected by both, ajv where its header says. Needs node; fails, never skips, without it.
/// </summary>
public sealed partial class ConfigurationSchemaTests
{
    private static readonly Lazy<(AjvRunner.AjvResult Run, Dictionary<string, string> Errors)> InvalidRun = new(ValidateInvalidFixtures);

    private static string SchemaPath => Path.Combine(RepositoryPaths.SchemasDirectory, EmbeddedSchemas.FileName("configuration"));

    private static string FixturesDirectory => RepositoryPaths.Combine("tests", "NormsEngine.Tests", "Schemas", "fixtures", "configuration");

    public static TheoryData<string> InvalidFixtures() => Fixtures("invalid");

    public static TheoryData<string> ValidConfigurations()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Valid())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Ajv_SchemaItself_CompilesInStrictMode()
    {
        var result = AjvRunner.Run("compile", [], schema: SchemaPath);

        Assert.True(result.ExitCode == 0, $"ajv could not compile {SchemaPath} in strict mode:\n{result.Output}");
    }

    [Fact]
    public void Ajv_ValidConfigurations_AreValid()
    {
        var valid = Valid();
        Assert.Contains(valid, v => v.Name == "samples/ci/norms.config.yaml");
        Assert.Contains(valid, v => v.Name.StartsWith("README.md", StringComparison.Ordinal));
        using var scratch = new AjvRunner.ScratchDirectory();
        var data = valid.Select((v, i) => scratch.Write($"{i:D2}-{Path.GetFileName(v.Name.Split('#')[0])}.json", Assert.Single(YamlToJson.Documents(v.Yaml)))).ToList();

        var result = AjvRunner.Run("validate", data, schema: SchemaPath);

        Assert.True(result.ExitCode == 0, $"ajv rejected configurations the reader accepts:\n{result.Output}");
        Assert.Equal(data.Count, result.Verdicts().Count(v => v.Value));
    }

    [Theory]
    [MemberData(nameof(ValidConfigurations))]
    public void Parse_ValidConfiguration_ReaderReportsNoErrors(string name)
    {
        var yaml = Valid().Single(v => v.Name == name).Yaml;

        var result = ConfigurationFile.Parse(yaml, "norms.config.yaml");

        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Ajv_InvalidFixture_FailsAtTheExpectedPath(string fixture)
    {
        var (keyword, instancePath) = Expectation(Path.Combine(FixturesDirectory, "invalid", fixture));

        var (run, errors) = InvalidRun.Value;

        Assert.True(run.ExitCode == 1, $"ajv should exit with 1 on invalid configurations; it exited with {run.ExitCode}:\n{run.Output}");
        Assert.True(errors.TryGetValue(fixture, out var line), $"ajv accepted {fixture}, which the schema should reject:\n{run.Output}");
        // One error object with both: ajv writes instancePath, schemaPath, keyword in that order.
        var expected = $"\"instancePath\":\"{(instancePath == "/" ? string.Empty : instancePath)}\",\"schemaPath\":\"[^\"]*\",\"keyword\":\"{keyword}\"";
        Assert.True(
            Regex.IsMatch(line, expected, RegexOptions.None, TimeSpan.FromSeconds(1)),
            $"ajv should reject {fixture} with '{keyword}' at '{instancePath}'; it said: {line}");
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Parse_InvalidFixture_ReaderReportsALocatedError(string fixture)
    {
        var path = Path.Combine(FixturesDirectory, "invalid", fixture);

        var result = ConfigurationFile.Parse(File.ReadAllText(path), fixture);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.True(e.Location.Line > 0, $"{fixture}: {e} has no position."));
    }

    [Fact]
    public void Schema_TopLevelKeys_AreTheReadersKeys()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        var suppression = schema.RootElement.GetProperty("$defs").GetProperty("suppression").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal(ReaderKeys("TopLevelKeys"), properties);
        Assert.Equal(ReaderKeys("SuppressionKeys"), suppression);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Ajv_SuppressionWithoutJustification_IsRejectedAsTheRunWouldBe()
    {
        // The reader loads it, and the run then reports NE0303 (an error) and ignores the suppression: the schema says so as it is typed.
        const string Yaml = "apiVersion: norms/v1\nkind: Configuration\nsuppressions:\n  - rule: PC0603\n    owner: a@example.org\n";
        using var scratch = new AjvRunner.ScratchDirectory();

        var result = AjvRunner.Run("validate", [scratch.Write("unjustified.json", Assert.Single(YamlToJson.Documents(Yaml)))], schema: SchemaPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"keyword\":\"required\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("justification", result.Output, StringComparison.Ordinal);
        Assert.Empty(ConfigurationFile.Parse(Yaml, "norms.config.yaml").Errors);
    }

    /// <summary>
    /// Configurations meant to be valid: the CI sample, the one 'norms init' writes, every configuration the README and
    /// the pack READMEs show, and the valid fixtures (copies of the configurations the other tests use).
    /// </summary>
    private static List<(string Name, string Yaml)> Valid()
    {
        var root = RepositoryPaths.Root;
        var valid = new List<(string Name, string Yaml)>
        {
            ("samples/ci/norms.config.yaml", File.ReadAllText(Path.Combine(root, "samples", "ci", "norms.config.yaml"))),
            ("src/NormsEngine.Cli/Templates/norms.config.yaml", File.ReadAllText(Path.Combine(root, "src", "NormsEngine.Cli", "Templates", "norms.config.yaml"))),
        };
        var pages = new List<string> { Path.Combine(root, "README.md") };
        pages.AddRange(Directory.GetFiles(Path.Combine(root, "rules", "packs"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var page in pages)
        {
            var blocks = YamlBlock().Matches(File.ReadAllText(page)).Select(m => m.Groups["yaml"].Value).Where(b => b.Contains("kind: Configuration", StringComparison.Ordinal));
            valid.AddRange(blocks.Select((b, i) => ($"{Path.GetRelativePath(root, page).Replace('\\', '/')}#{i + 1}", b)));
        }

        foreach (var fixture in Directory.GetFiles(Path.Combine(FixturesDirectory, "valid"), "*.yaml").Order(StringComparer.Ordinal))
        {
            valid.Add(($"fixtures/configuration/valid/{Path.GetFileName(fixture)}", File.ReadAllText(fixture)));
        }

        return valid;
    }

    /// <summary>The reader's own list of keys, so that a key added to it without the schema fails here.</summary>
    private static string[] ReaderKeys(string field) =>
        (string[])(typeof(ConfigurationFile).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? throw new Xunit.Sdk.XunitException($"ConfigurationFile has no field {field} any more; update this test."));

    private static TheoryData<string> Fixtures(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FixturesDirectory, folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>A fixture's <c># schema: keyword at /path</c> line: what ajv must say.</summary>
    private static (string Keyword, string InstancePath) Expectation(string fixture)
    {
        const string Prefix = "# schema: ";
        var line = File.ReadLines(fixture).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"{fixture} has no '{Prefix}...' line saying what is wrong with it.");
        var match = Regex.Match(line[Prefix.Length..].Trim(), @"^(\w+) at (/\S*)$", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"{fixture}: '{line}' does not say 'keyword at /path'.");
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    private static (AjvRunner.AjvResult Run, Dictionary<string, string> Errors) ValidateInvalidFixtures() =>
        AjvRunner.ValidateEach(Path.Combine(FixturesDirectory, "invalid"), SchemaPath);

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
