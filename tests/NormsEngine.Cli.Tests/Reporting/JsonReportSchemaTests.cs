using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Reporting;
using NormsEngine.Schemas;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Cli.Tests.Reporting;

/// <summary>
/// The JSON report against its schema (src/NormsEngine/Schemas/report.schema.json) with the pinned ajv-cli: every
/// sample alone, all of them in one run with --explain, a run with configuration suppressions of every kind, an
/// in-source suppression, a baseline, a document that is not valid YAML, a document without an assessment date, an
/// unreadable file and standard input, and what only the library gives (no file, options set in code, a rule
/// without a page). Together these outputs must hold every property the schema names with every type it allows, and
/// every value of its enums, so that each branch of the writer is validated. The schema closes every object: a
/// property the writer adds without the schema fails validation, which a test proves by adding one to each kind of
/// object. Needs node; fails, never skips, without it.
/// </summary>
public sealed partial class JsonReportSchemaTests : IDisposable
{
    private const string Configuration = """
        apiVersion: norms/v1
        kind: Configuration
        root: true
        failOn: warning
        rules:
          PC0901: none
          PC0902: info
          PC0105: warning
          PC07*: error
          NE0302: info
        principles:
          P3: none
        thresholds:
          criticalPatchSlaDays: 7
        suppressions:
          - rule: PC0708
            justification: The MRI consoles are segmented; replacements are ordered.
            owner: ciso@example.org
            expires: 2099-12-31
          - rule: PC0608
            document: "**/nothing.yaml"
            justification: Reassessment booked.
          - rule: PC0902
            justification: Replacements were due in 2019.
            expires: 2020-01-01
          - rule: PC0603
        """;

    /// <summary>Enum values (and types, as <c>type:T</c>) no output of these runs can hold, and why.</summary>
    private static readonly Dictionary<string, string[]> Unreachable = new(StringComparer.Ordinal)
    {
        // A finding's severity is never none (a rule turned off gives no finding), nor a pack's default severity.
        ["$.documents[].findings[].severity"] = ["none"],
        ["$.documents[].findings[].defaultSeverity"] = ["none"],

        // Run findings are engine diagnostics about files: no rule outcome, no principle, every one has its page, and
        // none is info by default (NE0302 is info here only because the configuration says so).
        ["$.runFindings[].outcome"] = ["insufficientData"],
        ["$.runFindings[].severity"] = ["none"],
        ["$.runFindings[].principle"] = ["type:string"],
        ["$.runFindings[].helpUri"] = ["type:null"],
        ["$.runFindings[].defaultSeverity"] = ["none", "info"],

        // Thresholds set by another loaded pack need a second pack that sets a Paris Call threshold.
        ["$.documents[].explanations[].thresholds[].source"] = ["pack"],
    };

    /// <summary>
    /// Paths no output of these runs holds: nothing suppresses or baselines a finding about the run, and no run finding
    /// has a code fix (a configuration that needs one stops the run before any report).
    /// </summary>
    private static readonly string[] UnreachablePaths = ["$.runFindings[].suppression", "$.runFindings[].baselineState", "$.runFindings[].fixes"];

    private readonly Workspace _workspace = new("norms-report-schema-");

    public void Dispose() => _workspace.Dispose();

    private static string SchemaPath => RepositoryPaths.Combine("src", "NormsEngine", "Schemas", EmbeddedSchemas.FileName("report"));

    [Fact]
    public void Ajv_Schema_CompilesInStrictMode()
    {
        var result = AjvRunner.Run("compile", [], schema: SchemaPath);

        Assert.True(result.ExitCode == 0, $"ajv could not compile {SchemaPath} in strict mode:\n{result.Output}");
    }

    [Fact]
    public void Schema_Report_IsEmbeddedAndPrintedByNormsSchemaReport()
    {
        var (exit, output, error) = CliRunner.Run("schema", "report");

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(SchemaPath), output);
        Assert.Equal(File.ReadAllText(SchemaPath), EmbeddedSchemas.Read("report"));
    }

    [Fact]
    public void Ajv_EveryOutput_ValidAndTogetherTheyCoverTheWholeSchema()
    {
        var outputs = Outputs();
        using var scratch = new AjvRunner.ScratchDirectory();
        var files = outputs.Select(o => scratch.Write(o.Name + ".json", o.Json)).ToList();

        var result = AjvRunner.Run("validate", files, schema: SchemaPath);

        Assert.True(result.ExitCode == 0, $"ajv rejected JSON reports:\n{result.Output}");
        Assert.Equal(files.Count, result.Verdicts().Count(v => v.Value));

        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var expected = new Dictionary<string, Expectation>(StringComparer.Ordinal);
        Expect(schema.RootElement, schema.RootElement, "$", expected);
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, json) in outputs)
        {
            using var document = JsonDocument.Parse(json);
            Observe(document.RootElement, "$", seen);
        }

        var missing = new List<string>();
        foreach (var (path, expectation) in expected.Where(e => !UnreachablePaths.Any(u => e.Key.StartsWith(u, StringComparison.Ordinal))))
        {
            var kinds = seen.GetValueOrDefault(path) ?? [];
            var unreachable = Unreachable.GetValueOrDefault(path) ?? [];
            missing.AddRange(expectation.Types.Where(t => !kinds.Contains(t) && !unreachable.Contains("type:" + t)).Select(t => $"{path}: never {t}"));
            missing.AddRange(expectation.Values.Where(v => !kinds.Contains("=" + v) && !unreachable.Contains(v)).Select(v => $"{path}: never \"{v}\""));
        }

        Assert.True(missing.Count == 0, "These parts of the schema appear in no validated output:\n" + string.Join("\n", missing));
        Assert.All(seen.Keys, path => Assert.True(expected.ContainsKey(path), $"{path} is in an output but not in the schema"));
    }

    [Fact]
    public void Ajv_AnUnknownPropertyOnAnyObject_Rejected()
    {
        // What additionalProperties (unevaluatedProperties for findings) false gives: a property the writer emits
        // and the schema lacks fails validation, on every kind of object the report holds.
        var json = JsonNode.Parse(Outputs().Single(o => o.Name == "workspace-explain").Json)!;
        var objects = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        Objects(json, "$", objects);
        Assert.True(objects.Count >= 14, string.Join(", ", objects.Keys));
        using var scratch = new AjvRunner.ScratchDirectory();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, node) in objects)
        {
            node["unknownProperty"] = 1;
            files[scratch.Write($"{files.Count:D2}.json", json.ToJsonString())] = path;
            node.Remove("unknownProperty");
        }

        var result = AjvRunner.Run("validate", [.. files.Keys], errors: "line", schema: SchemaPath);

        var verdicts = result.Verdicts();
        Assert.All(files, f => Assert.True(verdicts.TryGetValue(f.Key, out var valid) && !valid, $"ajv accepted an unknown property on {f.Value}:\n{result.Output}"));
        Assert.Equal(files.Count, UnknownPropertyError().Count(result.Output));
    }

    /// <summary>Each JSON report these tests validate, by name.</summary>
    private List<(string Name, string Json)> Outputs()
    {
        var outputs = new List<(string Name, string Json)>();
        foreach (var sample in Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            outputs.Add((sample!, Check(CliRunner.Run("check", "samples/organisations/" + sample, "--format", "json"))));
        }

        outputs.Add(("all-samples-explain", Check(CliRunner.Run("check", "samples/organisations", "--format", "json", "--explain", "--fail-on", "none"))));
        outputs.Add(("hospital-as-of", Check(CliRunner.Run("check", "samples/organisations/hospital.yaml", "--format", "json", "--explain", "--as-of", "2026-12-31", "--fail-on", "info"))));

        PrepareWorkspace();
        var stdin = Regex.Replace(Workspace.Sample("small-ngo.yaml"), @"^\s*assessedOn:.*$", string.Empty, RegexOptions.Multiline) + "\n---\n" + Workspace.Sample("transit-isp.yaml");
        string[] inputs = ["docs", "-", "docs/missing.yaml", "--format", "json", "--baseline", "norms.baseline.json"];
        outputs.Add(("workspace", Check(_workspace.RunWithInput(stdin, ["check", .. inputs]))));
        outputs.Add(("workspace-explain", Check(_workspace.RunWithInput(stdin, ["check", .. inputs, "--explain"]))));

        // What only the library gives: text from no file, options set in code, a rule whose pack documents none.
        outputs.Add(("library", Library()));
        return outputs;
    }

    private static string Check((int Exit, string Output, string Error) run)
    {
        Assert.True(run.Exit is 0 or 1 or 2 && run.Output.StartsWith('{'), $"exit {run.Exit}:\n{run.Error}");
        return run.Output;
    }

    private void PrepareWorkspace()
    {
        _workspace.Write("norms.config.yaml", Configuration);
        _workspace.Write("docs/hospital.yaml", Workspace.Sample("hospital.yaml").Replace(
            "      lastAssessment: 2025-06-30",
            "      # norms-ignore PC0608: The supplier's reassessment is booked for Q4.\n      lastAssessment: 2025-06-30",
            StringComparison.Ordinal));
        _workspace.CopySample("software-vendor.yaml", "docs/vendor.yaml");
        _workspace.CopySample("pentest-firm.yaml", "docs/removed.yaml");
        _workspace.Write("docs/broken.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata: [\n");

        // A mistyped field and value: findings that carry code fixes.
        _workspace.Write("docs/typos.yaml", Typos(Workspace.Sample("hospital.yaml")));
        var created = _workspace.Run("baseline", "create", "docs");
        Assert.True(created.Exit == 0, created.Error);
        File.Delete(_workspace.PathOf("docs/removed.yaml"));
        _workspace.CopySample("dns-registry.yaml", "docs/added.yaml");
    }

    private static string Typos(string yaml) => yaml
        .Replace("  rtoHours: 8", "  rtoHuors: 8", StringComparison.Ordinal)
        .Replace("  type: publicBody", "  type: PublicBody", StringComparison.Ordinal);

    private static string Library()
    {
        var evaluator = new NormsEvaluator([new ParisCallPack()]);
        var options = new EvaluationOptions { Explain = true, Thresholds = new Dictionary<string, decimal> { ["criticalPatchSlaDays"] = 5 } };
        var yaml = Workspace.Sample("hospital.yaml").Replace(
            "  endOfLifeSoftwareCount: 2",
            "  # norms-ignore PC0708: The MRI consoles are segmented.\n  endOfLifeSoftwareCount: 2",
            StringComparison.Ordinal);
        var report = evaluator.EvaluateYaml(yaml, file: null, options);
        var pageless = RuleDescriptor.Create("ORG0101", "Data is classified", "Not classified", "Intellectual property", Severity.Warning, "Classify data.", "Write a scheme.", principle: "P4");
        var finding = new Finding(pageless, "Not classified", new SourceLocation(null, "dataClassification", 3, 1, 3, 9))
        {
            Fingerprint = "0123456789abcdef0123456789abcdef",
            Suppression = new Suppression(SuppressionKind.External, "Given in code", null, null, null),
        };
        var principleless = new Explanation
        {
            RuleId = "ORG0201",
            Title = "A rule of no principle, whose scope reads a date",
            Outcome = Outcome.Passed,
            Severity = Severity.Info,
            Reason = "It passed.",
            Scope = new ScopeEvidence("recentlyAssessed", "the document was assessed this year", true, [new ValueEvidence("metadata.assessedOn", "2026-10-15", true, 4, 17) { AgeInDays = 12 }]),
        };
        var document = report.Documents[0] with
        {
            Name = null,
            Findings = [.. report.Documents[0].Findings, finding],
            Passed = [.. report.Documents[0].Passed, new PassedRule("ORG0201", null, string.Empty)],
            Explanations = [.. report.Documents[0].Explanations, principleless],
        };
        Assert.Contains(document.Findings, f => f.Suppression is { Kind: SuppressionKind.InSource, Source.File: null });
        report = report with
        {
            // A second text from no file, mistyped: its fixes' edits name no file.
            Documents = [document, .. evaluator.EvaluateYaml(Typos(yaml), file: null, options).Documents],
            RunFindings = [new Finding(EngineDiagnostics.SuppressionUnused, "The suppression of ORG0101 matched no finding", new SourceLocation(null, "suppressions", 0, 0, 0, 0))],
        };
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormatters.Create("json").Write(report, writer);
        return writer.ToString();
    }

    /// <summary>What the schema allows at a path: JSON types and enum values.</summary>
    private sealed record Expectation(HashSet<string> Types, HashSet<string> Values);

    /// <summary>Collects, for every path the schema describes, the types and enum values it allows.</summary>
    private static void Expect(JsonElement root, JsonElement node, string path, Dictionary<string, Expectation> expected)
    {
        var expectation = expected.TryGetValue(path, out var found) ? found : expected[path] = new Expectation([], []);
        foreach (var part in Resolve(root, node))
        {
            if (part.TryGetProperty("type", out var type))
            {
                foreach (var name in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!])
                {
                    expectation.Types.Add(name == "integer" ? "number" : name);
                }
            }

            if (part.TryGetProperty("enum", out var values))
            {
                expectation.Types.Add("string");
                expectation.Values.UnionWith(values.EnumerateArray().Select(v => v.GetString()!));
            }

            if (part.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    Expect(root, property.Value, path + "." + property.Name, expected);
                }
            }

            if (part.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
            {
                Expect(root, additional, path + ".*", expected);
            }

            if (part.TryGetProperty("items", out var items))
            {
                Expect(root, items, path + "[]", expected);
            }
        }
    }

    /// <summary>A schema node and what its <c>$ref</c> chain brings in.</summary>
    private static IEnumerable<JsonElement> Resolve(JsonElement root, JsonElement node)
    {
        for (var current = node; ; )
        {
            yield return current;
            if (!current.TryGetProperty("$ref", out var reference))
            {
                yield break;
            }

            current = root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }
    }

    /// <summary>Collects, for every path an output holds, the JSON types and string values found there.</summary>
    private static void Observe(JsonElement value, string path, Dictionary<string, HashSet<string>> seen)
    {
        var kinds = seen.TryGetValue(path, out var found) ? found : seen[path] = [];
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                kinds.Add("object");
                var map = path is "$.settings.severityOverrides" or "$.settings.thresholdOverrides" or "$.documents[].principleReasons";
                foreach (var property in value.EnumerateObject())
                {
                    Observe(property.Value, path + "." + (map ? "*" : property.Name), seen);
                }

                break;
            case JsonValueKind.Array:
                kinds.Add("array");
                foreach (var item in value.EnumerateArray())
                {
                    Observe(item, path + "[]", seen);
                }

                break;
            case JsonValueKind.String:
                kinds.Add("string");
                kinds.Add("=" + value.GetString());
                break;
            case JsonValueKind.Number:
                kinds.Add("number");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                kinds.Add("boolean");
                break;
            default:
                kinds.Add("null");
                break;
        }
    }

    /// <summary>The first object at each path of the report, maps (keyed by rule, threshold or principle) left out.</summary>
    private static void Objects(JsonNode? node, string path, Dictionary<string, JsonObject> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                var map = path is "$.settings.severityOverrides" or "$.settings.thresholdOverrides" or "$.documents[].principleReasons";
                if (!map)
                {
                    objects.TryAdd(path, obj);
                }

                foreach (var (name, child) in obj.ToList())
                {
                    Objects(child, path + "." + name, objects);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Objects(item, path + "[]", objects);
                }

                break;
        }
    }

    [GeneratedRegex("\"keyword\":\"(additionalProperties|unevaluatedProperties)\",\"params\":\\{\"(additional|unevaluated)Property\":\"unknownProperty\"\\}")]
    private static partial Regex UnknownPropertyError();
}
