using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.ParisCall;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// <c>--format oscal</c>: OSCAL 1.1.3 assessment results, checked with NIST's own JSON Schema (ajv-cli, ajv-formats)
/// on every bundled sample, alone and all in one run, and against the catalog <see cref="OscalCatalog"/> writes for
/// the same pack: each finding targets one of its objectives, each related observation and risk exists.
/// </summary>
public sealed class OscalReportFormatterTests
{
    private static readonly Lazy<NormsEvaluator> Evaluator = new(() => new NormsEvaluator([new ParisCallPack()]));

    private static readonly Lazy<string> Catalog = new(() => WriteCatalog(new ParisCallPack()));

    public static TheoryData<string> Samples() => [.. SampleFiles()];

    [Fact]
    public void Write_EverySampleAloneAndAllTogether_ValidAgainstNistSchema()
    {
        var documents = SampleFiles().ToDictionary(f => Path.GetFileName(f) + ".oscal.json", f => Oscal(Evaluate(f)));
        documents["all-samples.oscal.json"] = Oscal(All());

        OscalSchemas.AssertValid(OscalSchemas.AssessmentResults, documents);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_Sample_FindingsTargetCatalogObjectivesAndEveryRelatedObservationExists(string file)
    {
        var report = Evaluate(file);

        var findings = OscalSchemas.AssertConsistent(Oscal(report), Catalog.Value);

        // A finding per rule and target: every failed or insufficient outcome, and every rule that passed.
        var document = report.Documents[0];
        Assert.Equal(document.Findings.Count(f => f.Principle is not null) + document.Passed.Count, findings);
    }

    [Fact]
    public void Write_AllSamplesInOneRun_ConsistentWithTheCatalogAndAResultPerDocument()
    {
        var report = All();
        var output = Oscal(report);

        Assert.True(OscalSchemas.AssertConsistent(output, Catalog.Value) > 100);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("assessment-results").GetProperty("results");
        Assert.Equal(report.Documents.Count, results.GetArrayLength());
        var latest = report.Documents.Max(d => d.AsOf);
        Assert.Equal(Names.Of(latest) + "T00:00:00Z", json.RootElement.GetProperty("assessment-results").GetProperty("metadata").GetProperty("last-modified").GetString());
    }

    [Fact]
    public void Write_SameReportTwice_SameBytes()
    {
        Assert.Equal(Oscal(All()), Oscal(All()));
    }

    [Fact]
    public void Write_ReportOfTheSameDocumentsWithOtherValues_SameUuids()
    {
        // UUIDs name the subjects (documents, rules, paths), not their content: a later assessment keeps them.
        var report = ReportSamples.Decorated("hospital");
        var later = report with { Documents = [report.Documents[0] with { AsOf = report.Documents[0].AsOf.AddYears(1), Name = "Renamed" }] };

        Assert.Equal(Uuids(Oscal(report)), Uuids(Oscal(later)));
    }

    [Fact]
    public void Write_Hospital_PrincipleVerdictsAsPropertiesInOurNamespace()
    {
        var report = Evaluate(ReportSamples.Hospital);

        var result = Results(Oscal(report))[0];

        var verdicts = result.GetProperty("props").EnumerateArray().Where(p => p.GetProperty("name").GetString() == "verdict").ToList();
        Assert.Equal(report.Documents[0].Principles.Select(p => (p.Principle.Id.ToLowerInvariant(), Names.Of(p.Verdict))), verdicts.Select(v => (v.GetProperty("group").GetString()!, v.GetProperty("value").GetString()!)));
        Assert.All(verdicts, v => Assert.Equal(OscalJson.Namespace, v.GetProperty("ns").GetString()));
    }

    [Fact]
    public void Write_FailedRule_ObservationWithPathLineFileAndSubjectAndNotSatisfiedFinding()
    {
        var report = Evaluate(ReportSamples.Hospital);
        var failed = report.Documents[0].Findings.First(f => f.RuleId == "PC0708");

        var result = Results(Oscal(report))[0];

        var finding = Single(result, "findings", f => f.GetProperty("target").GetProperty("target-id").GetString() == "pc0708_obj");
        Assert.Equal("objective-id", finding.GetProperty("target").GetProperty("type").GetString());
        Assert.Equal("not-satisfied", finding.GetProperty("target").GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("fail", finding.GetProperty("target").GetProperty("status").GetProperty("reason").GetString());
        var observationUuid = finding.GetProperty("related-observations")[0].GetProperty("observation-uuid").GetString();
        var observation = Single(result, "observations", o => o.GetProperty("uuid").GetString() == observationUuid);
        Assert.Equal(["TEST"], observation.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(Names.Of(report.Documents[0].AsOf) + "T00:00:00Z", observation.GetProperty("collected").GetString());
        var evidence = observation.GetProperty("relevant-evidence")[0];
        Assert.Equal("samples/organisations/hospital.yaml", evidence.GetProperty("href").GetString());
        Assert.Equal(
            [("path", failed.Location.Path), ("file", ReportSamples.Hospital), ("line", failed.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("column", failed.Location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            evidence.GetProperty("props").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!)));
        var subject = observation.GetProperty("subjects")[0];
        Assert.Equal("party", subject.GetProperty("type").GetString());
        Assert.Equal("Centre Hospitalier Universitaire de Valmorin", subject.GetProperty("title").GetString());
    }

    [Fact]
    public void Write_PerSupplierRule_TheSupplierIsTheSubject()
    {
        var report = Evaluate(ReportSamples.Hospital);
        var supplier = report.Documents[0].Findings.First(f => f.RuleId == "PC0608");

        var output = Oscal(report);

        var observation = Single(Results(output)[0], "observations", o => Prop(o, "rule-id") == "PC0608" && Prop(o.GetProperty("relevant-evidence")[0], "path") == supplier.Location.Path);
        var subject = observation.GetProperty("subjects")[0];
        Assert.StartsWith("Supplier supplyChain.suppliers[", subject.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(subject.GetProperty("title").GetString()![("Supplier ".Length)..].Split(' ')[0], supplier.Location.Path, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var party = json.RootElement.GetProperty("assessment-results").GetProperty("metadata").GetProperty("parties").EnumerateArray()
            .Single(p => p.GetProperty("uuid").GetString() == subject.GetProperty("subject-uuid").GetString());
        Assert.Equal("supplier", Prop(party, "subject"));
    }

    [Fact]
    public void Write_InsufficientData_NotSatisfiedWithReasonOtherAndTheRuleAsTarget()
    {
        var report = Evaluator.Value.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Sparse\n  assessedOn: 2026-01-05\n", "sparse.yaml");
        var insufficient = report.Documents[0].Findings.First(f => f.Outcome == Outcome.InsufficientData);
        var rule = insufficient.Message.Split(' ')[0];

        var output = Oscal(report);

        OscalSchemas.AssertConsistent(output, Catalog.Value);
        var finding = Single(Results(output)[0], "findings", f => f.GetProperty("target").GetProperty("target-id").GetString() == rule.ToLowerInvariant() + "_obj");
        Assert.Equal("not-satisfied", finding.GetProperty("target").GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("other", finding.GetProperty("target").GetProperty("status").GetProperty("reason").GetString());
        Assert.Equal("insufficientData", Prop(finding, "outcome"));
    }

    [Fact]
    public void Write_SuppressedFinding_StillNotSatisfiedAndAnAcceptedRiskWithJustificationOwnerAndDeadline()
    {
        var report = Reports.Sample();

        var result = Results(Oscal(report))[0];

        var finding = Single(result, "findings", f => f.GetProperty("target").GetProperty("target-id").GetString() == "tst0201_obj" && Prop(f, "suppression") is not null);
        Assert.Equal("not-satisfied", finding.GetProperty("target").GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("inSource", Prop(finding, "suppression"));
        var riskUuid = finding.GetProperty("related-risks")[0].GetProperty("risk-uuid").GetString();
        var risk = Single(result, "risks", r => r.GetProperty("uuid").GetString() == riskUuid);
        Assert.Equal("risk-accepted", risk.GetProperty("status").GetString());
        Assert.Equal("Legacy system, retired in May", risk.GetProperty("statement").GetString());
        Assert.Equal("it@example.org", Prop(risk, "owner"));
        Assert.Equal("2027-05-31T00:00:00Z", risk.GetProperty("deadline").GetString());
    }

    [Fact]
    public void Write_BaselinedFinding_NotSatisfiedWithBaselineStateAndNoRisk()
    {
        var report = Reports.Sample();

        var result = Results(Oscal(report))[0];

        var finding = Single(result, "findings", f => Prop(f, "baseline-state") == "unchanged");
        Assert.Equal("not-satisfied", finding.GetProperty("target").GetProperty("status").GetProperty("state").GetString());
        Assert.False(finding.TryGetProperty("related-risks", out _));
        Assert.Contains("baselined", finding.GetProperty("remarks").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HandMadeSampleNoDocumentAndDocumentNotEvaluated_ValidAgainstNistSchema()
    {
        var broken = Evaluator.Value.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: [Broken }\n", "broken.yaml");
        Assert.False(broken.Documents[0].Evaluated);

        OscalSchemas.AssertValid(OscalSchemas.AssessmentResults, new Dictionary<string, string>
        {
            ["hand-made.oscal.json"] = Oscal(Reports.Sample()),
            ["no-document.oscal.json"] = Oscal(new Report()),
            ["run-finding-only.oscal.json"] = Oscal(Reports.Sample() with { Documents = [] }),
            ["not-evaluated.oscal.json"] = Oscal(broken),
        });
    }

    [Fact]
    public void AssertValid_OutputWithoutOscalVersionOrWithABadUuid_Fails()
    {
        // The validator has teeth: the same output, less a required field or with a UUID of the wrong version, fails.
        var output = Oscal(Reports.Sample());
        var noVersion = output.Replace("\"oscal-version\": \"1.1.3\",", string.Empty, StringComparison.Ordinal);
        var uuid = JsonDocument.Parse(output).RootElement.GetProperty("assessment-results").GetProperty("uuid").GetString()!;
        var badUuid = output.Replace(uuid, uuid[..14] + "1" + uuid[15..], StringComparison.Ordinal);
        Assert.NotEqual(output, noVersion);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => OscalSchemas.AssertValid(OscalSchemas.AssessmentResults, new Dictionary<string, string> { ["no-version.json"] = noVersion }));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => OscalSchemas.AssertValid(OscalSchemas.AssessmentResults, new Dictionary<string, string> { ["bad-uuid.json"] = badUuid }));
    }

    [Fact]
    public void Write_NoDocument_EpochDatesAndARunResult()
    {
        using var json = JsonDocument.Parse(Oscal(new Report()));

        var root = json.RootElement.GetProperty("assessment-results");
        Assert.Equal("1970-01-01T00:00:00Z", root.GetProperty("metadata").GetProperty("last-modified").GetString());
        Assert.Equal("The run", Assert.Single(root.GetProperty("results").EnumerateArray()).GetProperty("title").GetString());
        Assert.False(root.GetProperty("metadata").TryGetProperty("parties", out _));
    }

    [Fact]
    public void Write_ManyDocuments_PartiesComeBackFromTheSpoolWholeAndInOrder()
    {
        // About 1.4 KB of parties a document: 1,000 documents take the spool past its memory limit into a file.
        var template = Evaluate(ReportSamples.Hospital);
        var documents = Enumerable.Range(0, 1000).Select(i => template.Documents[0] with { File = $"org-{i}.yaml", Name = $"Org {i}" }).ToList();

        using var json = JsonDocument.Parse(Oscal(template with { Documents = documents }));

        var parties = json.RootElement.GetProperty("assessment-results").GetProperty("metadata").GetProperty("parties");
        var organisations = parties.EnumerateArray().Where(p => Prop(p, "subject") == "organisation").Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(documents.Select(d => d.Name), organisations);
        Assert.True(parties.GetRawText().Length > TextSpool.MemoryLimit, $"{parties.GetRawText().Length} characters");
    }

    private static string WriteCatalog(ParisCallPack pack)
    {
        var writer = new StringWriter();
        OscalCatalog.Write([pack], writer);
        return writer.ToString();
    }

    private static IEnumerable<string> SampleFiles() =>
        Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => "samples/organisations/" + Path.GetFileName(f));

    private static Report Evaluate(string file) =>
        Evaluator.Value.EvaluateYaml(File.ReadAllText(RepositoryPaths.Combine(file)), file) with { ToolVersion = "0.1.0-test" };

    private static Report All()
    {
        var reports = SampleFiles().Select(Evaluate).ToList();
        return reports[0] with { Documents = [.. reports.SelectMany(r => r.Documents)] };
    }

    private static string Oscal(Report report) => Reports.Write(ReportFormatters.Create("oscal"), report);

    private static List<JsonElement> Results(string output) =>
        [.. JsonDocument.Parse(output).RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray()];

    private static JsonElement Single(JsonElement result, string array, Func<JsonElement, bool> predicate) =>
        Assert.Single(result.GetProperty(array).EnumerateArray(), e => predicate(e));

    private static string? Prop(JsonElement node, string name) =>
        node.TryGetProperty("props", out var props)
            ? props.EnumerateArray().Where(p => p.GetProperty("name").GetString() == name).Select(p => p.GetProperty("value").GetString()).FirstOrDefault()
            : null;

    private static List<string> Uuids(string output)
    {
        var uuids = new List<string>();
        Collect(JsonDocument.Parse(output).RootElement);
        return uuids;

        void Collect(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name.EndsWith("uuid", StringComparison.Ordinal))
                    {
                        uuids.Add(property.Value.GetString()!);
                    }

                    Collect(property.Value);
                }
            }
            else if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }
}
