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
    public void Write_Sample_RunPropertiesGiveEachDocumentsVerdictsScoresAndAcceptedCounts()
    {
        var run = Run(Reports.Sample());

        var document = Assert.Single(run.GetProperty("properties").GetProperty("documents").EnumerateArray());
        Assert.Equal(
            ("notSatisfied", 0m, 1, 1),
            (document.GetProperty("verdicts").GetProperty("P6").GetString(), document.GetProperty("scores").GetProperty("P6").GetDecimal(),
             document.GetProperty("suppressed").GetProperty("P6").GetInt32(), document.GetProperty("baselined").GetProperty("P6").GetInt32()));
        Assert.Equal(("partiallySatisfied", 50m, 0), (document.GetProperty("verdicts").GetProperty("P9").GetString(), document.GetProperty("scores").GetProperty("P9").GetDecimal(), document.GetProperty("suppressed").GetProperty("P9").GetInt32()));
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
    [InlineData("/tmp/a\nb c.yaml", "file:///tmp/a%0Ab%20c.yaml", false)]
    [InlineData("a\r\n::x.yaml", "a%0D%0A%3A%3Ax.yaml", true)]
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

        Assert.Equal(name, SarifDriver.RuleName(descriptor));
    }

    [Fact]
    public void RuleName_TitleOver255Characters_ShortPascalCaseOfWholeWords()
    {
        var title = string.Concat(Enumerable.Repeat("Suppliers report incidents within the agreed time ", 6));
        var descriptor = RuleDescriptor.Create("TST0101", title, "{0}", "c", Severity.Error, "d", "r");

        var name = SarifDriver.RuleName(descriptor);

        Assert.True(title.Length > 255);
        Assert.True(name.Length <= SarifDriver.MaxNameLength, name);
        Assert.Matches("^SuppliersReportIncidentsWithinTheAgreedTime(Suppliers|Report|Incidents|Within|The|Agreed|Time)+$", name);
        Assert.Equal("A" + new string('a', SarifDriver.MaxNameLength - 1), SarifDriver.RuleName(RuleDescriptor.Create("TST0101", new string('a', 300), "{0}", "c", Severity.Error, "d", "r")));
    }

    [Fact]
    public void Write_RuleWithoutDescriptionRemediationOrPage_FullDescriptionHelpFromTitleAndMessage()
    {
        var bare = RuleDescriptor.Create("CTS0101", "Suppliers sign security clauses", "Supplier {0} has no security clause ({1:N0} days)", "pack", Severity.Error, string.Empty, string.Empty, principle: "P6");
        var run = Run(Reports.With(new Finding(bare, "Supplier X has no security clause (3 days)", new SourceLocation("org.yaml", "s", 2, 1, 2, 5))));

        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
        Assert.Equal("Suppliers sign security clauses", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("Supplier … has no security clause (… days)", rule.GetProperty("help").GetProperty("text").GetString());
        Assert.False(rule.TryGetProperty("helpUri", out _));
    }

    [Fact]
    public void Write_RuleWithOnlyPlaceholdersAsMessage_HelpIsTheTitle()
    {
        var bare = RuleDescriptor.Create("CTS0102", "Suppliers are assessed", "{0}", "pack", Severity.Error, " ", string.Empty);
        var run = Run(Reports.With(new Finding(bare, "x", new SourceLocation("org.yaml", "s", 2, 1, 2, 5))));

        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("Suppliers are assessed", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("Suppliers are assessed", rule.GetProperty("help").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_RuleWithoutPage_NoMadeUpHelpUri()
    {
        var rules = Run(Reports.With(Reports.Finding(Reports.PagelessRule, "Not classified", 3))).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        var pageless = rules.Single(r => r.GetProperty("id").GetString() == "TST0401");
        Assert.False(pageless.TryGetProperty("helpUri", out _));
        Assert.Equal("Write a classification scheme.", pageless.GetProperty("help").GetProperty("text").GetString());
    }

    [Fact]
    public void Write_EngineRule_HelpUriIsItsPage()
    {
        var rules = Run(Reports.Sample()).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        var engine = rules.Single(r => r.GetProperty("id").GetString() == "NE0302");
        Assert.Equal("https://github.com/normsengine/normsengine/blob/main/rules/engine/NE0302.md", engine.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Write_Sample_AutomationDetailsAndDriverFullName()
    {
        var run = Run(Reports.Sample());

        Assert.Equal("norms/check/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.Equal("NormsEngine norms 9.9.9", run.GetProperty("tool").GetProperty("driver").GetProperty("fullName").GetString());
    }

    [Fact]
    public void Write_MoreResultsThanTheCap_FirstOnesAndAWarningNotification()
    {
        var findings = Enumerable.Range(1, 5).Select(i => Reports.Finding(i <= 3 ? Reports.ErrorRule : Reports.WarningRule, $"finding {i}", i)).ToArray();

        using var document = JsonDocument.Parse(Reports.Write(new SarifReportFormatter(maxResults: 3), Reports.With(findings)));
        var run = document.RootElement.GetProperty("runs")[0];

        Assert.Equal(["finding 1", "finding 2", "finding 3"], Results(run).Select(r => r.GetProperty("message").GetProperty("text").GetString()));
        Assert.Equal(["TST0101"], run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var invocation = run.GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("warning", notification.GetProperty("level").GetString());
        Assert.StartsWith("The run has 5 results; only the first 3 are written", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OneResultMoreThanGitHubAccepts_CappedAt25000()
    {
        var finding = Reports.Finding(Reports.ErrorRule, "m", 1);
        var report = Reports.With([.. Enumerable.Repeat(finding, SarifReportFormatter.MaxResults + 1)]);

        var run = Run(report);

        Assert.Equal(25_000, run.GetProperty("results").GetArrayLength());
        var notification = Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.StartsWith("The run has 25,001 results; only the first 25,000 are written", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnreadableInput_ExecutionUnsuccessfulWithErrorNotificationAtTheFile()
    {
        var unreadable = new Finding(EngineDiagnostics.InputUnreadable, "The input could not be read: Could not find file.", new SourceLocation("docs/missing.yaml", string.Empty, 1, 1, 1, 1));
        var report = Reports.Sample() with { RunFindings = [unreadable, .. Reports.Sample().RunFindings] };

        var run = Run(report);

        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Equal(unreadable.Message, notification.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("docs/missing.yaml", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var rule = notification.GetProperty("associatedRule");
        Assert.Equal("NE0008", rule.GetProperty("id").GetString());
        Assert.Equal("NE0008", rules[rule.GetProperty("index").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", Result(run, unreadable.Message).GetProperty("level").GetString());
    }
}
