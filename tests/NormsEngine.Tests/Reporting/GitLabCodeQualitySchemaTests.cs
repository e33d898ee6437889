using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// <c>--format gitlab</c> against GitLab's documented code quality format (fixtures/gitlab-codequality.schema.json,
/// written from GitLab's documentation), with the pinned ajv-cli: every sample alone, all of them in one run, the
/// decorated samples (suppressed, baselined, run finding), a document that could not be evaluated and findings with no
/// file or position. Fingerprints must also be unique in each report, which a schema cannot say. Needs node; fails,
/// never skips, without it.
/// </summary>
public sealed class GitLabCodeQualitySchemaTests
{
    private static readonly Lazy<NormsEvaluator> Evaluator = new(() => new NormsEvaluator([new ParisCallPack()]));

    private static string SchemaPath => RepositoryPaths.Combine("tests", "NormsEngine.Tests", "Reporting", "fixtures", "gitlab-codequality.schema.json");

    [Fact]
    public void Ajv_FixtureSchema_CompilesInStrictMode()
    {
        var result = AjvRunner.Run("compile", [], schema: SchemaPath);

        Assert.True(result.ExitCode == 0, $"ajv could not compile {SchemaPath}:\n{result.Output}");
    }

    [Fact]
    public void Ajv_EverySampleAloneTogetherAndDecorated_ValidWithUniqueFingerprints()
    {
        var reports = Reports();
        using var scratch = new AjvRunner.ScratchDirectory();
        var files = new List<string>();
        foreach (var (name, report) in reports)
        {
            var output = Write(report);
            using var json = JsonDocument.Parse(output);
            var issues = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(report.AllFindings.Count(f => f.IsActive && f.Severity != Severity.None) + report.Documents.Sum(d => d.Findings.Count(f => !f.IsActive && Blocks(d, f))), issues.Count);
            var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToList();
            Assert.True(fingerprints.Distinct(StringComparer.Ordinal).Count() == fingerprints.Count, $"{name}: two findings share a fingerprint:\n{output}");
            files.Add(scratch.Write(name + ".json", output));
        }

        var result = AjvRunner.Run("validate", files, schema: SchemaPath);

        Assert.True(result.ExitCode == 0, $"ajv rejected --format gitlab output:\n{result.Output}");
        Assert.Equal(files.Count, result.Verdicts().Count(v => v.Value));
        Assert.Contains(reports, r => r.Name == "all-samples" && r.Report.Documents.Count == Samples().Count);
    }

    [Fact]
    public void Ajv_OutputWithAWrongSeverityAndAnAbsolutePath_Rejected()
    {
        // The check can fail: the same output with a severity GitLab does not know and a path it cannot resolve.
        var output = Write(ReportSamples.Decorated("software-vendor"))
            .Replace("\"severity\": \"major\"", "\"severity\": \"warning\"", StringComparison.Ordinal)
            .Replace("\"path\": \"samples/", "\"path\": \"/samples/", StringComparison.Ordinal);
        using var scratch = new AjvRunner.ScratchDirectory();

        var result = AjvRunner.Run("validate", [scratch.Write("wrong.json", output)], schema: SchemaPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"keyword\":\"enum\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"keyword\":\"pattern\"", result.Output, StringComparison.Ordinal);
    }

    private static List<string> Samples() =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("samples", "organisations"), "*.yaml").Select(f => "samples/organisations/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static List<(string Name, Report Report)> Reports()
    {
        var reports = Samples().Select(f => (Path.GetFileNameWithoutExtension(f), ReportSamples.Evaluate(f))).ToList();
        reports.Add(("all-samples", reports[0].Item2 with { Documents = [.. reports.SelectMany(r => r.Item2.Documents)] }));
        reports.Add(("hospital-decorated", ReportSamples.Decorated("hospital")));
        reports.Add(("both-decorated", ReportSamples.Both()));

        // Not valid YAML, read from standard input; a run finding with no file and no position.
        var broken = Evaluator.Value.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: [Broken }\n", "<stdin>");
        Assert.False(broken.Documents[0].Evaluated);
        reports.Add(("not-evaluated", broken with
        {
            RunFindings = [new Finding(EngineDiagnostics.SuppressionUnused, "The suppression of PC0603 matched no finding", new SourceLocation(null, "suppressions", 0, 0, 0, 0))],
        }));
        return reports;
    }

    private static bool Blocks(DocumentReport document, Finding finding) =>
        !document.Evaluated && finding.Severity == Severity.Error && finding.RuleId is "NE0001" or "NE0002" or "NE0003" or "NE0004" or "NE0005" or "NE0006" or "NE0007";

    private static string Write(Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormatters.Create("gitlab").Write(report, writer);
        return writer.ToString();
    }
}
