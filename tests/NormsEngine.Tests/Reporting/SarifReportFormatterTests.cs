using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class SarifReportFormatterTests
{
    private static JsonElement Run(Report report)
    {
        using var document = JsonDocument.Parse(Reports.Write(new SarifReportFormatter(), report));
        var root = document.RootElement.Clone();
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReportFormatter.SchemaUri, root.GetProperty("$schema").GetString());
        return Assert.Single(root.GetProperty("runs").EnumerateArray());
    }

    private static List<JsonElement> Results(JsonElement run) => [.. run.GetProperty("results").EnumerateArray()];

    private static JsonElement Result(JsonElement run, string message) =>
        Results(run).Single(r => r.GetProperty("message").GetProperty("text").GetString() == message);

    [Fact]
    public void Write_Sample_DriverAndRulesFromDescriptors()
    {
        var run = Run(Reports.Sample());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal(("norms", "9.9.9"), (driver.GetProperty("name").GetString(), driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        // In the order the results first name them: the document's findings, then the run's.
        Assert.Equal(["TST0101", "TST0201", "TST0301", "NE0302"], rules.Select(r => r.GetProperty("id").GetString()));
        var rule = rules[0];
        Assert.Equal("AdminAccountsUseMFA", rule.GetProperty("name").GetString());
        Assert.Equal("Admin accounts use MFA", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Admins must use MFA.", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.EndsWith("/rules/test/TST0101.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var properties = rule.GetProperty("properties");
        Assert.Equal("P7", properties.GetProperty("principle").GetString());
        Assert.Equal(["test"], properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["CIS 6.5"], properties.GetProperty("references").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("note", rules[2].GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Write_Sample_ResultsPointAtTheirRuleWithLevels()
    {
        var run = Run(Reports.Sample());

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = Results(run);
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
        Assert.Equal(["error", "warning", "warning", "note", "warning"], results.Select(r => r.GetProperty("level").GetString()));
    }

    [Fact]
    public void Write_Finding_RegionLogicalLocationAndFingerprint()
    {
        var result = Result(Run(Reports.Sample()), "MFA covers 80%");

        var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
        var artifact = location.GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(("org.yaml", SarifReportFormatter.SourceRoot), (artifact.GetProperty("uri").GetString(), artifact.GetProperty("uriBaseId").GetString()));
        var region = location.GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((4, 3, 4, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("hygiene.mfa.adminPct", Assert.Single(location.GetProperty("logicalLocations").EnumerateArray()).GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("fp-TST0101-4", result.GetProperty("partialFingerprints").GetProperty(SarifReportFormatter.FingerprintKey).GetString());
        Assert.Equal("new", result.GetProperty("baselineState").GetString());
        Assert.False(result.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Write_SuppressedFinding_InSourceSuppressionWithJustification()
    {
        var result = Result(Run(Reports.Sample()), "Patched every 45 days");

        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal("Legacy system, retired in May", suppression.GetProperty("justification").GetString());
        Assert.Equal(6, suppression.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("2027-05-31", suppression.GetProperty("properties").GetProperty("expires").GetString());
    }

    [Fact]
    public void Write_ExternalSuppressionAndBaselinedFinding_KindExternalAndUnchanged()
    {
        var suppressed = Reports.Finding(Reports.WarningRule, "w", 2) with { Suppression = new Suppression(SuppressionKind.External, "ok") };
        var baselined = Reports.Finding(Reports.WarningRule, "b", 3) with { BaselineState = BaselineState.Unchanged };
        var run = Run(Reports.With(suppressed, baselined));

        Assert.Equal("external", Result(run, "w").GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.False(Result(run, "w").TryGetProperty("baselineState", out _));
        Assert.Equal("unchanged", Result(run, "b").GetProperty("baselineState").GetString());
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "note")]
    [InlineData(Severity.None, "none")]
    public void Level_Severity_SarifLevel(Severity severity, string level) => Assert.Equal(level, SarifReportFormatter.Level(severity));

    [Fact]
    public void Write_EffectiveSeverityChanged_ResultLevelIsEffective()
    {
        var finding = Reports.Finding(Reports.WarningRule, "raised", 2, severity: Severity.Error);

        var run = Run(Reports.With(finding));

        Assert.Equal("error", Result(run, "raised").GetProperty("level").GetString());
        var overrides = run.GetProperty("invocations")[0].GetProperty("ruleConfigurationOverrides");
        var entry = Assert.Single(overrides.EnumerateArray());
        Assert.Equal(("TST0201", 0, "error"), (entry.GetProperty("descriptor").GetProperty("id").GetString(), entry.GetProperty("descriptor").GetProperty("index").GetInt32(), entry.GetProperty("configuration").GetProperty("level").GetString()));
    }

    [Fact]
    public void Write_Sample_InvocationCarriesTheSettings()
    {
        var invocation = Assert.Single(Run(Reports.Sample()).GetProperty("invocations").EnumerateArray());

        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var overrides = invocation.GetProperty("ruleConfigurationOverrides").EnumerateArray()
            .Select(o => $"{o.GetProperty("descriptor").GetProperty("id").GetString()}={o.GetProperty("configuration").GetProperty("level").GetString()}");
        Assert.Equal(["TST0201=warning", "TST0999=none"], overrides);
        var properties = invocation.GetProperty("properties");
        Assert.Equal("warning", properties.GetProperty("failOn").GetString());
        Assert.Equal(["test"], properties.GetProperty("packs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(30m, properties.GetProperty("thresholds").GetProperty("patchCadenceDays").GetDecimal());
        Assert.Equal("norms.config.yaml", properties.GetProperty("configurationFile").GetString());
        Assert.Equal("none", properties.GetProperty("severityOverrides").GetProperty("P5").GetString());
        Assert.Equal("info", properties.GetProperty("severityOverrides").GetProperty("TST03*").GetString());
    }

    [Fact]
    public void Write_NoPositionOrNoFile_NoRegionOrNoPhysicalLocation()
    {
        var noPosition = new Finding(Reports.ErrorRule, "no position", new SourceLocation("dir/my file.yaml", string.Empty, 0, 0, 0, 0));
        var noFile = new Finding(Reports.ErrorRule, "no file", new SourceLocation(null, "a.b", 2, 1, 2, 3));
        var nowhere = new Finding(Reports.ErrorRule, "nowhere", new SourceLocation(null, string.Empty, 0, 0, 0, 0));

        var run = Run(Reports.With(noPosition, noFile, nowhere));

        var physical = Result(run, "no position").GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("dir/my%20file.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(physical.TryGetProperty("region", out _));
        var logicalOnly = Result(run, "no file").GetProperty("locations")[0];
        Assert.False(logicalOnly.TryGetProperty("physicalLocation", out _));
        Assert.False(Result(run, "nowhere").TryGetProperty("locations", out _));
    }

    [Theory]
    [InlineData("samples/org.yaml", "samples/org.yaml", true)]
    [InlineData("samples\\org.yaml", "samples/org.yaml", true)]
    [InlineData("../a b/é.yaml", "../a%20b/%C3%A9.yaml", true)]
    [InlineData("/tmp/org.yaml", "file:///tmp/org.yaml", false)]
    public void FileUri_Path_RelativeReferenceOrFileUri(string file, string uri, bool relative)
    {
        if (!relative && !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        Assert.Equal((uri, relative), SarifReportFormatter.FileUri(file));
    }

    [Theory]
    [InlineData("Keys are unique in a mapping", "KeysAreUniqueInAMapping")]
    [InlineData("The document declares apiVersion norms/v1 and kind Organisation", "TheDocumentDeclaresApiVersionNormsV1AndKindOrganisation")]
    [InlineData("2FA everywhere", "TST0101")]
    public void RuleName_Title_PascalCaseOrId(string title, string name)
    {
        var descriptor = RuleDescriptor.Create("TST0101", title, "{0}", "c", Severity.Error, "d", "r");

        Assert.Equal(name, SarifReportFormatter.RuleName(descriptor));
    }
}
