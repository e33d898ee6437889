using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Cli.Tests.Reporting;

/// <summary>
/// The SARIF we write, checked by Microsoft's SARIF multitool (pinned in tests/tools/sarif): <c>validate</c> must
/// report no error (schema and SARIF rules, and GitHub code scanning's ingestion rules, rule kind <c>Ghas</c>, for
/// every run whose findings have positions), and <c>rewrite</c> must read it back, because <c>validate</c> says
/// nothing about a file it cannot deserialise. Broken SARIF must fail both checks, so that they can fail at all.
/// Needs node; the pinned multitool installs itself with <c>npm ci</c> on first use. Without them these tests
/// fail, never skip.
/// </summary>
public sealed partial class SarifMultitoolTests : IDisposable
{
    /// <summary>
    /// The SARIF rules and GitHub's ingestion rules (GH1001 to GH2012). Quoted: the multitool's launcher runs it
    /// through a shell, where <c>;</c> would end the command, and it rejects a rule kind given alone.
    /// </summary>
    private const string WithGitHubRules = "\"Sarif;Ghas\"";

    /// <summary>A YAML pack whose rules give no description, remediation or help link, one with a title over 255 characters.</summary>
    private const string BarePack = """
        apiVersion: norms/v1
        kind: RulePack
        metadata:
          id: bare.pack
          version: 1.0.0
          title: A pack that documents nothing
        rules:
          - id: BAR0101
            title: Essential entities send an early warning within twelve hours, which is what this deliberately long title says again and again so that it runs past the two hundred and fifty five characters that GitHub code scanning shows as a rule name, and then some more words to be sure
            principle: P1
            severity: error
            appliesWhen:
              roles.nis2Entity: { equals: essential }
            failsWhen:
              incidentResponse.reporting.earlyWarningHours: { greaterThan: 12 }
            message: "Early warning in {incidentResponse.reporting.earlyWarningHours} hours"
          - id: BAR0102
            title: Suppliers were assessed this year
            principle: P6
            severity: warning
            forEach: supplyChain.suppliers
            appliesWhen:
              item.accessToProduction: { equals: true }
            failsWhen:
              item.lastAssessment: { olderThanDays: 365 }
            message: "{item.name} was last assessed on {item.lastAssessment}"

        """;

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);

    private readonly Workspace _workspace = new("norms-sarif-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Validate_SarifOfSamples_ReportsNoErrors()
    {
        var files = new[]
        {
            Write("hospital.sarif", ReportSamples.Decorated("hospital")),
            Write("software-vendor.sarif", ReportSamples.Evaluate(ReportSamples.SoftwareVendor)),
            Write("both.sarif", ReportSamples.Both()),
            Write("no-position.sarif", WithoutPositions()),
        };

        var run = RunTool(["validate", .. files]);

        Assert.True(run.ExitCode == 0, $"The multitool exited with {run.ExitCode}:\n{run.Output}");
        Assert.Contains($"Done. {files.Length} files scanned.", run.Output, StringComparison.Ordinal);
        Assert.True(Errors(run.Output).Count == 0, $"The multitool found errors in our SARIF:\n{run.Output}");
    }

    [Fact]
    public void Validate_SarifOfSamplesWithGitHubRules_ReportsNoErrors()
    {
        var files = new[]
        {
            Write("hospital.sarif", ReportSamples.Decorated("hospital")),
            Write("software-vendor.sarif", ReportSamples.Evaluate(ReportSamples.SoftwareVendor)),
            Write("both.sarif", ReportSamples.Both()),
        };

        var run = RunTool(["validate", "--rule-kind", WithGitHubRules, .. files]);

        Assert.True(run.ExitCode == 0, $"The multitool exited with {run.ExitCode}:\n{run.Output}");
        Assert.Contains($"Done. {files.Length} files scanned.", run.Output, StringComparison.Ordinal);
        Assert.True(Errors(run.Output).Count == 0, $"The multitool found errors in our SARIF:\n{run.Output}");
    }

    [Fact]
    public void Validate_SarifWithFixes_ReportsNoErrorsAndReadsBack()
    {
        // Insertions (empty deleted regions, line breaks in the inserted text) and replacements, on a document that has both.
        var yaml = File.ReadAllText(RepositoryPaths.Combine(ReportSamples.Hospital))
            .Replace("apiVersion: norms/v1\n", string.Empty, StringComparison.Ordinal)
            .Replace("\nhygiene:", "\nhygeine:", StringComparison.Ordinal);
        var report = ReportSamples.Evaluator.EvaluateYaml(yaml, ReportSamples.Hospital);
        File.WriteAllText(_workspace.PathOf("fixes.sarif"), Format(report));

        var validate = RunTool(["validate", "--rule-kind", WithGitHubRules, "fixes.sarif"]);
        var rewrite = RunTool(["rewrite", "fixes.sarif", "-o", "rewritten.sarif"]);

        var fixes = JsonNode.Parse(File.ReadAllText(_workspace.PathOf("fixes.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Where(r => r!["fixes"] is not null).ToList();
        Assert.Equal(2, fixes.Count);
        Assert.True(validate.ExitCode == 0 && Errors(validate.Output).Count == 0, $"The multitool found errors in our SARIF:\n{validate.Output}");
        Assert.True(rewrite.ExitCode == 0, $"The multitool could not read our SARIF back:\n{rewrite.Output}");
        Assert.Contains("\"fixes\"", File.ReadAllText(_workspace.PathOf("rewritten.sarif")), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YamlPackRunWithoutDescriptionsAndAMissingInput_NoErrorsWithGitHubRules()
    {
        File.WriteAllText(_workspace.PathOf("bare.pack.yaml"), BarePack);
        File.Copy(RepositoryPaths.Combine(ReportSamples.Hospital), _workspace.PathOf("hospital.yaml"));

        var check = _workspace.Run("check", "hospital.yaml", "missing.yaml", "--pack", "bare.pack.yaml", "--format", "sarif", "--output", "bare.sarif");
        var run = RunTool(["validate", "--rule-kind", WithGitHubRules, "bare.sarif"]);

        Assert.True(check.Exit == 2, check.Error);
        using (var sarif = JsonDocument.Parse(File.ReadAllText(_workspace.PathOf("bare.sarif"))))
        {
            var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Where(r => r.GetProperty("id").GetString()!.StartsWith("BAR", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, rules.Count);
            Assert.All(rules, r => Assert.False(r.TryGetProperty("helpUri", out _)));
            Assert.All(rules, r => Assert.True(r.GetProperty("name").GetString()!.Length <= 100));
        }

        Assert.True(run.ExitCode == 0, $"The multitool exited with {run.ExitCode}:\n{run.Output}");
        Assert.True(Errors(run.Output).Count == 0, $"The multitool found errors in our SARIF:\n{run.Output}");
    }

    [Fact]
    public void Validate_RuleWithoutDescriptionWithGitHubRules_ReportsTheMissingFields()
    {
        // The rule kind must really run GitHub's rules: a rule without fullDescription and help fails them.
        var sarif = JsonNode.Parse(Format(ReportSamples.Decorated("hospital")))!;
        var rule = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!.AsObject();
        rule.Remove("fullDescription");
        rule.Remove("help");
        File.WriteAllText(_workspace.PathOf("bare-rule.sarif"), sarif.ToJsonString());

        var run = RunTool(["validate", "--rule-kind", WithGitHubRules, "bare-rule.sarif"]);

        Assert.Contains(Errors(run.Output), e => e.StartsWith("GH2012: runs[0].tool.driver.rules[0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hospital")]
    [InlineData("software-vendor")]
    public void Rewrite_SarifOfSample_ReadsItBack(string sample)
    {
        var file = Write(sample + ".sarif", ReportSamples.Decorated(sample));

        var run = RunTool(["rewrite", file, "-o", "rewritten.sarif"]);

        Assert.True(run.ExitCode == 0 && File.Exists(_workspace.PathOf("rewritten.sarif")), $"The multitool could not read our SARIF back:\n{run.Output}");
    }

    [Fact]
    public void Validate_BrokenSarif_ReportsErrors()
    {
        // Schema errors stop the SARIF rules for that file, so the rule violation goes in a file of its own.
        var invalid = JsonNode.Parse(Format(ReportSamples.Decorated("hospital")))!;
        var result = invalid["runs"]![0]!["results"]![1]!.AsObject();
        result.Remove("message");
        result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        File.WriteAllText(_workspace.PathOf("invalid.sarif"), invalid.ToJsonString());
        var inconsistent = JsonNode.Parse(Format(ReportSamples.Decorated("hospital")))!;
        inconsistent["runs"]![0]!["results"]![1]!["ruleIndex"] = 999;
        File.WriteAllText(_workspace.PathOf("inconsistent.sarif"), inconsistent.ToJsonString());

        var run = RunTool(["validate", "invalid.sarif", "inconsistent.sarif"]);

        var errors = Errors(run.Output);
        Assert.Contains(errors, e => e.StartsWith("JSON1002: runs[0].results[1]", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("JSON1008: runs[0].results[1].locations[0].physicalLocation.region.startLine", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("SARIF1009: runs[0].results[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void Rewrite_UnreadableSarif_Fails()
    {
        var sarif = JsonNode.Parse(Format(ReportSamples.Decorated("hospital")))!;
        sarif["runs"]![0]!["results"]![0]!["level"] = "fatal";
        File.WriteAllText(_workspace.PathOf("unreadable.sarif"), sarif.ToJsonString());

        var run = RunTool(["rewrite", "unreadable.sarif", "-o", "rewritten.sarif"]);

        Assert.NotEqual(0, run.ExitCode);
    }

    /// <summary>A report whose findings have no position (line 0) or no file at all: SARIF must still be valid.</summary>
    private static Report WithoutPositions()
    {
        var report = ReportSamples.Decorated("hospital");
        var document = report.Documents[0];
        var findings = document.Findings.Select((f, i) => i % 2 == 0
            ? new Finding(f.Descriptor, f.Message, f.Location with { Line = 0, Column = 0, EndLine = 0, EndColumn = 0 }, f.Outcome) { Severity = f.Severity, Principle = f.Principle, Fingerprint = f.Fingerprint, Suppression = f.Suppression, BaselineState = f.BaselineState }
            : new Finding(f.Descriptor, f.Message, f.Location with { File = null }, f.Outcome) { Severity = f.Severity, Principle = f.Principle });
        var unreadable = new Finding(EngineDiagnostics.InvalidYaml, "The file cannot be read", new SourceLocation("missing folder/ü.yaml", string.Empty, 0, 0, 0, 0));
        return report with { Documents = [document with { Findings = [.. findings, unreadable] }] };
    }

    private static string Format(Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormatters.Create("sarif").Write(report, writer);
        return writer.ToString();
    }

    /// <summary>The multitool's error lines, as <c>RULE: message</c>.</summary>
    private static List<string> Errors(string output) =>
        [.. ErrorLine().Matches(output).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@": error ([A-Z]+\d+: .*)$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    /// <summary>Writes the report's SARIF into the scratch folder and returns its bare name (the tool runs there: its launcher passes arguments through a shell).</summary>
    private string Write(string name, Report report)
    {
        File.WriteAllText(_workspace.PathOf(name), Format(report));
        return name;
    }

    /// <summary>Runs the multitool in the scratch folder (its launcher passes arguments through a shell, so files are named relative to it).</summary>
    private NodeToolResult RunTool(IReadOnlyList<string> arguments) => NodeTool.SarifMultitool.Run(arguments, ToolTimeout, _workspace.Folder);
}
