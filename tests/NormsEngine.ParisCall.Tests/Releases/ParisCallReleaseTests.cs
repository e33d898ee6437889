using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NormsEngine.DependencyInjection;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.Releases;

/// <summary>
/// Releases a user can pin: a pack created for a release runs that release's rules at its default severities. The
/// findings of release 0.1.0 on every sample were recorded (release-0.1.0-findings.json) before release 0.2.0 changed
/// the pack; the pinned pack must still give exactly them.
/// </summary>
public class ParisCallReleaseTests
{
    private static readonly string Recorded = Path.Combine(RepositoryPaths.Combine("tests", "NormsEngine.ParisCall.Tests", "Releases"), "release-0.1.0-findings.json");

    private static readonly Lazy<NormsEvaluator> Release010 = new(() => new NormsEvaluator([new ParisCallPack("0.1.0")]));

    public static TheoryData<string> Samples => [.. RecordedDocuments().Select(d => d["file"]!.GetValue<string>())];

    [Fact]
    public void Recorded_Samples_AreEverySampleOfTheRepository()
    {
        var samples = Directory.GetFiles(RepositoryPaths.Combine("samples", "organisations"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(samples, RecordedDocuments().Select(d => d["file"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluate_Release010OnEachSample_GivesTheFindingsRecordedWhenItShipped(string sample)
    {
        var recorded = RecordedDocuments().Single(d => d["file"]!.GetValue<string>() == sample);

        var report = Release010.Value.EvaluateFile(RepositoryPaths.Combine("samples", "organisations", sample));
        var actual = Reduce(report);

        // Compared by rule, severity, outcome, principle, YAML path and message, not by line: the samples gained the
        // fields of release 0.2.0's rules, which moves lines; a finding's identity (its baseline fingerprint) is its path.
        Assert.Equal(Lines(recorded["principles"]!), Lines(actual["principles"]!));
        Assert.Equal(Lines(recorded["findings"]!).Order(StringComparer.Ordinal), Lines(actual["findings"]!).Order(StringComparer.Ordinal));
        Assert.Equal(Lines(recorded["passed"]!), Lines(actual["passed"]!));
    }

    [Fact]
    public void Descriptors_Release010_AreTheRulesThatShippedIn010()
    {
        var pack = new ParisCallPack("0.1.0");

        Assert.Equal("0.1.0", pack.Version);
        Assert.Equal(51, pack.Descriptors.Count);
        Assert.Contains(pack.Descriptors, d => d.Id == "PC0903");
        Assert.Contains(pack.Descriptors, d => d.Id == "PC0905");
        Assert.DoesNotContain(pack.Descriptors, d => d.Id is "PC0107" or "PC0108");
        Assert.Equal(pack.Descriptors.Count, pack.RuleTypes.Count);
    }

    [Fact]
    public void Constructor_NoRelease_RunsTheNewest()
    {
        var pack = new ParisCallPack();

        Assert.Equal(ParisCallPack.Releases[^1], pack.Version);
        Assert.Equal(["0.1.0", "0.2.0"], ParisCallPack.Releases.Take(2));
        Assert.Contains(pack.Descriptors, d => d.Id == "PC0107");
        Assert.DoesNotContain(pack.Descriptors, d => d.Id == "PC0903");
    }

    [Theory]
    [InlineData("0.9.0")]
    [InlineData("latest")]
    [InlineData("")]
    public void Constructor_UnknownRelease_ThrowsNamingTheReleases(string release)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ParisCallPack(release));

        Assert.StartsWith($"The paris-call pack has no release '{release}'; its releases are 0.1.0, 0.2.0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddParisCall_Release_RunsThatReleasesRules()
    {
        var services = new ServiceCollection();
        services.AddNormsEngine(b => b.AddParisCall("0.1.0"));
        using var provider = services.BuildServiceProvider();

        var evaluator = provider.GetRequiredService<INormsEvaluator>();

        Assert.Contains(evaluator.Descriptors, d => d.Id == "PC0903");
        Assert.DoesNotContain(evaluator.Descriptors, d => d.Id == "PC0107");
    }

    [Fact]
    public void AddParisCall_UnknownRelease_ThrowsNamingTheReleases()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>(() => services.AddNormsEngine(b => b.AddParisCall("1.0.0")));

        Assert.Contains("its releases are 0.1.0, 0.2.0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PackGivesARuleAnotherDefaultSeverity_FindingsTakeThePacksSeverity()
    {
        // What a release whose ledger changed a severity does: the rule reports with its own descriptor (warning), the
        // pack gives the release's (error), and the finding and the verdict follow the pack.
        var pack = new SeverityChangingPack(new ParisCallPack(), "PC0708", Severity.Error);
        var evaluator = new NormsEvaluator([pack]);

        var report = evaluator.EvaluateYaml(PackHarness.ParisCallHeader + "  assessedOn: 2026-10-15\nhygiene:\n  endOfLifeSoftwareCount: 2\n");

        var finding = Assert.Single(report.Documents[0].Findings, f => f.RuleId == "PC0708");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(Severity.Error, finding.Descriptor.DefaultSeverity);
        Assert.Equal(1, report.Documents[0].Principles.Single(p => p.Principle.Id == "P7").FailedError);
    }

    private static IEnumerable<JsonObject> RecordedDocuments() =>
        JsonNode.Parse(File.ReadAllText(Recorded))!["documents"]!.AsArray().Select(d => d!.AsObject());

    /// <summary>The report's document in the recorded shape: the fields of the JSON report that the recording kept.</summary>
    private static JsonObject Reduce(Report report)
    {
        using var writer = new StringWriter();
        ReportFormatters.Create("json").Write(report, writer);
        var document = JsonNode.Parse(writer.ToString())!["documents"]![0]!;
        return new JsonObject
        {
            ["principles"] = Keep(document["principles"]!, "id", "verdict", "score", "passed", "failedError", "failedWarning", "failedInfo", "insufficient", "notApplicable"),
            ["findings"] = Keep(document["findings"]!, "ruleId", "severity", "outcome", "principle", "path", "message"),
            ["passed"] = Keep(document["passed"]!, "ruleId", "path"),
        };
    }

    private static JsonArray Keep(JsonNode items, params string[] fields) =>
        [.. items.AsArray().Select(item => (JsonNode)new JsonObject(fields.Select(f => KeyValuePair.Create(f, item![f]?.DeepClone()))))];

    private static List<string> Lines(JsonNode items) =>
        [.. items.AsArray().Select(item => item!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))];
}
