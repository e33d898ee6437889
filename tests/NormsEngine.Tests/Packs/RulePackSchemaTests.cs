using NormsEngine.Packs;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Packs;

/// <summary>
/// rule-pack.schema.json, checked by the repository's pinned ajv-cli (tests/tools/ajv): it compiles in strict mode,
/// the example packs validate, and typical mistakes are rejected. Needs node; fails, never skips, without it.
/// </summary>
public sealed class RulePackSchemaTests
{
    private const string SchemaFile = "rule-pack.schema.json";

    private static IEnumerable<string> ExamplePacks => Directory.GetFiles(PackHarness.FixturePath(string.Empty), "*.yaml").Order(StringComparer.Ordinal);

    [Fact]
    public void Ajv_SchemaItself_CompilesInStrictMode()
    {
        var (exitCode, output) = RunAjv("compile", []);

        Assert.True(exitCode == 0, $"ajv could not compile {SchemaFile} in strict mode:\n{output}");
    }

    [Fact]
    public void Ajv_ExamplePacks_AreValid()
    {
        Assert.NotEmpty(ExamplePacks);
        using var scratch = new Scratch();
        var data = ExamplePacks.Select(f => scratch.Write(Path.GetFileName(f), File.ReadAllText(f))).ToList();

        var (exitCode, output) = RunAjv("validate", data);

        Assert.True(exitCode == 0, $"ajv rejected example packs the schema should accept:\n{output}");
    }

    [Fact]
    public void Load_ExamplePacks_LoadWithoutErrors() =>
        Assert.All(ExamplePacks, f => Assert.Empty(RulePackFile.Load(f).Errors));

    [Theory]
    [InlineData("lessThen: 100", "lessThan: 100")]
    [InlineData("severity: critical", "severity: error")]
    [InlineData("principle: P10", "principle: P1")]
    [InlineData("since: 1.0", "since: 1.0.0")]
    [InlineData("forEach: network.asns", "forEach: supplyChain.suppliers")]
    [InlineData("{ anyy: [ { x-a: { equals: 1 } } ] }", "{ any: [ { x-a: { equals: 1 } } ] }")]
    [InlineData("failWhen:", "failsWhen:")]
    [InlineData("matches: [a]", "matches: a")]
    [InlineData("equals: { pth: x-b }", "equals: { path: x-b }")]
    public void Ajv_PackWithAMistake_RejectedAndTheFixedPackAccepted(string mistake, string fix)
    {
        const string Template = """
            apiVersion: norms/v1
            kind: RulePack
            metadata: { id: t, version: 1.0.0, title: T }
            rules:
              - id: T0001
                title: T
                principle: P1
                severity: error
                since: 1.0.0
                forEach: supplyChain.suppliers
                appliesWhen: { any: [ { x-a: { equals: 1 } } ] }
                failWhen:
                  item.incidentNoticeHours: { lessThan: 100 }
                  x-a: { matches: a, equals: { path: x-b } }
                message: m
            """;
        var good = Template.Replace("failWhen:", "failsWhen:", StringComparison.Ordinal);
        var bad = good.Replace(fix, mistake, StringComparison.Ordinal);
        Assert.NotEqual(good, bad);
        using var scratch = new Scratch();

        var (goodExit, goodOutput) = RunAjv("validate", [scratch.Write("good.yaml", good)]);
        var (badExit, _) = RunAjv("validate", [scratch.Write("bad.yaml", bad)]);

        Assert.True(goodExit == 0, "ajv should accept the fixed pack:\n" + goodOutput);
        Assert.Equal(1, badExit);
    }

    private static (int ExitCode, string Output) RunAjv(string command, IReadOnlyList<string> data)
    {
        var run = AjvRunner.Run(command, data, schema: Path.Combine(RepositoryPaths.SchemasDirectory, SchemaFile));
        return (run.ExitCode, run.Output);
    }

    /// <summary>A temporary folder for the JSON copies of YAML packs that ajv reads (YAML 1.2 core scalars, as editors read them).</summary>
    private sealed class Scratch : IDisposable
    {
        private readonly AjvRunner.ScratchDirectory _directory = new();

        public string Write(string name, string yaml) => _directory.Write(name + ".json", Assert.Single(YamlToJson.Documents(yaml)));

        public void Dispose() => _directory.Dispose();
    }
}
