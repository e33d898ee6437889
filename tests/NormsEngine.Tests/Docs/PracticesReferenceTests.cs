using System.Text.Json;
using System.Text.RegularExpressions;
using NormsEngine.ParisCall;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Docs;

/// <summary>
/// docs/practices-document.md is the generator's output, covers every field of the model, and every link in it leads
/// somewhere: a heading of the page or a file of the repository.
/// </summary>
public sealed partial class PracticesReferenceTests
{
    /// <summary>Set to 1 to rewrite the committed page (the same switch as the schema tests).</summary>
    private const string UpdateVariable = "NORMS_UPDATE_SCHEMAS";

    private static readonly Lazy<string> Page = new(() => PracticesReference.Generate(ProbedReads.ParisCall));

    private static string CommittedPath => RepositoryPaths.Combine(PracticesReference.RelativePath);

    [Fact]
    public void Generate_CommittedPage_IsUpToDate()
    {
        var expected = Page.Value;
        if (File.Exists(CommittedPath) && File.ReadAllText(CommittedPath) == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
            File.WriteAllText(CommittedPath, expected);
            Assert.Fail($"{CommittedPath} was out of date and has been rewritten. Review the diff, then run the tests again (without {UpdateVariable}).");
        }

        Assert.Fail(
            $"{CommittedPath} differs from PracticesReference.Generate() (the model or the Paris Call rules changed, or the page was edited by hand). " +
            $"To regenerate it, run: {UpdateVariable}=1 dotnet test tests/NormsEngine.Tests -c Release --filter \"FullyQualifiedName~PracticesReference\" " +
            "then review the diff and run the tests again.");
    }

    [Fact]
    public void Generate_ProbedAgain_GivesTheSameBytes()
    {
        var again = PracticesReference.Generate(RuleReads.Probe(new ParisCallPack()));

        Assert.Equal(Page.Value, again);
    }

    [Fact]
    public void Generate_Output_UsesLfNewlinesAndEndsWithOne()
    {
        Assert.DoesNotContain('\r', Page.Value);
        Assert.EndsWith("|\n", Page.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", Page.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EveryFieldOfTheSchema_HasAHeadingWithItsDescription()
    {
        // The committed organisation schema, kept equal to the model by the library's tests, lists every field independently of the page.
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("src", "NormsEngine", "Schemas", "organisation.schema.json")));
        var fields = new List<(string Path, string Description)>();
        Collect(schema.RootElement, string.Empty, fields);

        Assert.True(fields.Count > 90, $"Only {fields.Count} fields found in the schema.");
        Assert.Contains(fields, f => f.Path == "supplyChain.suppliers[].name");
        Assert.All(fields, f =>
        {
            var heading = f.Path.Contains('.', StringComparison.Ordinal) ? "### `" : "## `";
            Assert.Contains($"\n{heading}{f.Path}`\n\n{f.Description}\n", Page.Value, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("roles.nis2Entity", "- **Not declared:** the same as `none`.")]
    [InlineData("roles.hasCsirt", "- **Not declared:** the same as `false`.")]
    [InlineData("roles.electionRoles", "- **Not declared:** the same as an empty list (`[]`).")]
    [InlineData("metadata.name", "- **Required:** yes; NE0007 when it is missing")]
    [InlineData("network.routing.roaCoveragePct", "- **Type:** percentage: a number from 0 to 100")]
    [InlineData("resilience.rtoHours", "- **Type:** whole number of hours, 0 or more")]
    [InlineData("network.asns", "- **Type:** list; each item a whole number from 0 to 4294967295")]
    [InlineData("metadata.country", "- **Pattern:** `^[A-Z]{3}$`")]
    [InlineData("lifecycle.sbom.format", "- **Allowed values:** `spdx`, `cyclonedx`")]
    [InlineData("lifecycle.disclosure.url", "- **Read by rules:** none of the built-in Paris Call rules")]
    [InlineData("resilience.rtoHours", "- **Checked by:** [PC0106](../rules/paris-call/PC0106.md)")]
    [InlineData("hygiene.mfa.adminPct", "- **Not declared:** no value, and never a pass: [PC0702](../rules/paris-call/PC0702.md) reports NE0201")]
    [InlineData("supplyChain.suppliers[].critical", "- **Decides whether these rules apply:** [PC0605](../rules/paris-call/PC0605.md), [PC0606](../rules/paris-call/PC0606.md)")]
    public void Generate_Field_SaysWhatItTakesAndWhatReadsIt(string path, string line)
    {
        Assert.Contains(line, Entry(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EveryRule_IsInTheIndexWithTheFieldsItReads()
    {
        var index = Page.Value[Page.Value.IndexOf("\n## Rules and the fields they read\n", StringComparison.Ordinal)..];

        Assert.All(ProbedReads.ParisCall.Rules, rule => Assert.Contains($"\n| [{rule.Id}](../rules/paris-call/{rule.Id}.md) | ", index, StringComparison.Ordinal));
        Assert.Contains("| [PC0106](../rules/paris-call/PC0106.md) | The recovery time objective is within the tolerable downtime | essentialService | [`roles.criticalInfrastructure`](#rolescriticalinfrastructure), [`roles.nis2Entity`](#rolesnis2entity) | [`resilience.rtoHours`](#resiliencertohours), [`resilience.maxTolerableDowntimeHours`](#resiliencemaxtolerabledowntimehours) |", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EveryLink_LeadsToAHeadingOrAFileOfTheRepository()
    {
        var anchors = Heading().Matches(Page.Value).Select(m => GitHubAnchor(m.Groups["title"].Value)).ToHashSet(StringComparer.Ordinal);
        var docs = Path.GetDirectoryName(CommittedPath)!;
        var links = Link().Matches(Page.Value).Select(m => m.Groups["target"].Value).Distinct().ToList();

        Assert.Contains(links, l => l.StartsWith("../rules/", StringComparison.Ordinal));
        Assert.All(links, target =>
        {
            if (target.StartsWith('#'))
            {
                Assert.Contains(target[1..], anchors);
            }
            else if (!target.StartsWith("https://", StringComparison.Ordinal))
            {
                Assert.True(Path.Exists(Path.Combine(docs, target)), $"The page links to {target}, which does not exist.");
            }
        });
    }

    private static void Collect(JsonElement schema, string path, List<(string Path, string Description)> fields)
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject().Where(p => path.Length > 0 || p.Name is not ("apiVersion" or "kind")))
            {
                var child = path.Length == 0 ? property.Name : path + "." + property.Name;
                fields.Add((child, property.Value.GetProperty("description").GetString()!));
                Collect(property.Value, child, fields);
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Collect(items, path + "[]", fields);
        }
    }

    /// <summary>The entry of one field: from its heading to the next heading.</summary>
    private static string Entry(string path)
    {
        var start = Page.Value.IndexOf($"### `{path}`\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No heading for {path}.");
        var end = Page.Value.IndexOf("\n#", start + 4, StringComparison.Ordinal);
        return Page.Value[start..end];
    }

    /// <summary>The anchor GitHub makes of a heading: lower case, spaces to hyphens, other punctuation dropped.</summary>
    private static string GitHubAnchor(string title) =>
        new([.. title.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').Select(c => c == ' ' ? '-' : c)]);

    [GeneratedRegex(@"^#{1,6} (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
