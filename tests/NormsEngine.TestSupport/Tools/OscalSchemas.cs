using System.Text.Json;

namespace NormsEngine.TestSupport.Tools;

/// <summary>
/// NIST's OSCAL 1.1.3 JSON Schemas (catalog, assessment results) kept in the shared folder (<c>../shared/oscal</c>),
/// run with the pinned ajv-cli and ajv-formats (the schemas are draft-07), and the references between an assessment
/// results document and its catalog that no schema checks.
/// </summary>
public static class OscalSchemas
{
    private static readonly TimeSpan ValidatorTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The folder of NIST's schemas and examples; fails (never skips) when the shared folder lacks it.</summary>
    public static string Directory => RepositoryPaths.RequireSharedDirectory("oscal");

    /// <summary>NIST's catalog schema.</summary>
    public static string Catalog => Path.Combine(Directory, "oscal_catalog_schema.json");

    /// <summary>NIST's assessment results schema.</summary>
    public static string AssessmentResults => Path.Combine(Directory, "oscal_assessment-results_schema.json");

    /// <summary>
    /// Validates JSON texts against <paramref name="schema"/> in one ajv run (draft-07, strict, every error, formats
    /// checked) and fails with ajv's words for any that is invalid.
    /// </summary>
    /// <param name="schema">The schema file.</param>
    /// <param name="documents">The JSON texts by a file name of their own (ajv's messages name them).</param>
    public static void AssertValid(string schema, IReadOnlyDictionary<string, string> documents)
    {
        Assert.NotEmpty(documents);
        using var scratch = new AjvRunner.ScratchDirectory();
        var files = documents.Select(d => scratch.Write(d.Key, d.Value)).ToList();
        List<string> arguments = ["validate", "--spec=draft7", "--strict=true", "--all-errors", "-c", "ajv-formats", "-s", schema, "--errors=line"];
        foreach (var file in files)
        {
            arguments.Add("-d");
            arguments.Add(file);
        }

        var run = NodeTool.Ajv.Run(arguments, ValidatorTimeout);
        var output = run.StandardOutput + run.StandardError;
        Assert.True(run.ExitCode == 0, $"ajv exit code {run.ExitCode}:\n{(output.Length > 8000 ? output[..8000] : output)}");
        Assert.All(files, f => Assert.Contains(f + " valid", output, StringComparison.Ordinal));
    }

    /// <summary>
    /// Checks what NIST's schemas cannot: every UUID of the results is unique; every finding targets an assessment
    /// objective of <paramref name="catalog"/> whose control its result reviewed; every related observation and risk
    /// exists in the same result; every subject is a party of the metadata.
    /// </summary>
    /// <param name="assessmentResults">The assessment results JSON.</param>
    /// <param name="catalog">The catalog JSON.</param>
    /// <returns>How many findings were checked.</returns>
    public static int AssertConsistent(string assessmentResults, string catalog)
    {
        using var results = JsonDocument.Parse(assessmentResults);
        using var controls = JsonDocument.Parse(catalog);
        var objectives = Objectives(controls.RootElement.GetProperty("catalog"));
        var root = results.RootElement.GetProperty("assessment-results");
        var parties = Uuids(root.GetProperty("metadata"), "parties");
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var uuid in Descendants(root).Where(p => p.Name == "uuid").Select(p => p.Value.GetString()!))
        {
            Assert.True(all.Add(uuid), $"The UUID {uuid} is used twice.");
        }

        var checkedFindings = 0;
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            var observations = Uuids(result, "observations");
            var risks = Uuids(result, "risks");
            var reviewed = result.GetProperty("reviewed-controls").GetProperty("control-selections").EnumerateArray()
                .SelectMany(s => s.TryGetProperty("include-controls", out var include) ? include.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Select(c => c.GetProperty("control-id").GetString()!)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var observation in Items(result, "observations"))
            {
                foreach (var subject in Items(observation, "subjects"))
                {
                    Assert.Contains(subject.GetProperty("subject-uuid").GetString()!, parties);
                }
            }

            foreach (var risk in Items(result, "risks"))
            {
                Assert.All(Items(risk, "related-observations"), r => Assert.Contains(r.GetProperty("observation-uuid").GetString()!, observations));
            }

            foreach (var finding in Items(result, "findings"))
            {
                var target = finding.GetProperty("target").GetProperty("target-id").GetString()!;
                Assert.True(objectives.TryGetValue(target, out var control), $"The finding's target {target} is no objective of the catalog.");
                Assert.Contains(control, reviewed);
                var related = Items(finding, "related-observations").ToList();
                Assert.NotEmpty(related);
                Assert.All(related, r => Assert.Contains(r.GetProperty("observation-uuid").GetString()!, observations));
                Assert.All(Items(finding, "related-risks"), r => Assert.Contains(r.GetProperty("risk-uuid").GetString()!, risks));
                checkedFindings++;
            }
        }

        return checkedFindings;
    }

    /// <summary>Every control id of a catalog, at any depth.</summary>
    /// <param name="catalog">The catalog JSON.</param>
    /// <returns>The ids.</returns>
    public static HashSet<string> ControlIds(string catalog)
    {
        using var json = JsonDocument.Parse(catalog);
        return Controls(json.RootElement.GetProperty("catalog")).Select(c => c.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The assessment objectives (parts named assessment-objective) of every control, with the control's id.</summary>
    private static Dictionary<string, string> Objectives(JsonElement catalog)
    {
        var objectives = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var control in Controls(catalog))
        {
            foreach (var part in Items(control, "parts").Where(p => p.GetProperty("name").GetString() == "assessment-objective"))
            {
                objectives.Add(part.GetProperty("id").GetString()!, control.GetProperty("id").GetString()!);
            }
        }

        return objectives;
    }

    private static IEnumerable<JsonElement> Controls(JsonElement node) =>
        Items(node, "controls").SelectMany(c => Controls(c).Prepend(c)).Concat(Items(node, "groups").SelectMany(Controls));

    private static IEnumerable<JsonElement> Items(JsonElement node, string name) =>
        node.TryGetProperty(name, out var items) ? items.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static HashSet<string> Uuids(JsonElement node, string name) =>
        Items(node, name).Select(i => i.GetProperty("uuid").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<JsonProperty> Descendants(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Descendants(p.Value).Prepend(p)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Descendants),
        _ => [],
    };
}
