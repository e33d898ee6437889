using System.Text.Json;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class JsonReportFormatterTests
{
    private static JsonElement Write() =>
        JsonDocument.Parse(Reports.Write(new JsonReportFormatter(), Reports.Sample())).RootElement.Clone();

    [Fact]
    public void Write_Sample_SettingsAndBaselineSummary()
    {
        var root = Write();

        var settings = root.GetProperty("settings");
        Assert.Equal("warning", settings.GetProperty("failOn").GetString());
        Assert.Equal(["test"], settings.GetProperty("packs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["P5", "TST0201", "TST03*", "TST0999"], settings.GetProperty("severityOverrides").EnumerateObject().Select(p => p.Name));
        Assert.Equal(30m, settings.GetProperty("thresholdOverrides").GetProperty("patchCadenceDays").GetDecimal());
        Assert.Equal("norms.config.yaml", settings.GetProperty("configurationFile").GetString());
        var baseline = root.GetProperty("baseline");
        Assert.Equal(("norms.baseline.json", 3, 1, 0), (baseline.GetProperty("file").GetString(), baseline.GetProperty("new").GetInt32(), baseline.GetProperty("unchanged").GetInt32(), baseline.GetProperty("absent").GetInt32()));
    }

    [Fact]
    public void Write_Sample_PrincipleCountsIncludeSuppressedAndBaselined()
    {
        var root = Write();

        var p6 = root.GetProperty("documents")[0].GetProperty("principles")[0];
        Assert.Equal(
            ("P6", "notSatisfied", 0m, 2, 1, 1),
            (p6.GetProperty("id").GetString(), p6.GetProperty("verdict").GetString(), p6.GetProperty("score").GetDecimal(), p6.GetProperty("failedWarning").GetInt32(), p6.GetProperty("suppressed").GetInt32(), p6.GetProperty("baselined").GetInt32()));
    }

    [Fact]
    public void Write_Sample_RunFindingsShapedLikeFindings()
    {
        var root = Write();

        var run = Assert.Single(root.GetProperty("runFindings").EnumerateArray());
        Assert.Equal(("NE0302", "norms.config.yaml", 3), (run.GetProperty("ruleId").GetString(), run.GetProperty("file").GetString(), run.GetProperty("line").GetInt32()));
        var stale = Reports.Sample().RunFindings[0];
        var asDocumentFinding = JsonDocument.Parse(Reports.Write(new JsonReportFormatter(), Reports.With(stale))).RootElement.GetProperty("documents")[0].GetProperty("findings")[0];
        Assert.Equal(asDocumentFinding.EnumerateObject().Select(p => p.Name).Prepend("file").Order(), run.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void Write_Sample_KeepsEveryFindingField()
    {
        var finding = Write().GetProperty("documents")[0].GetProperty("findings")[0];

        Assert.Equal(
            ["ruleId", "severity", "defaultSeverity", "message", "principle", "outcome", "path", "line", "column", "endLine", "endColumn", "fingerprint", "suppressed", "helpUri", "baselineState"],
            finding.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Write_SuppressedAndBaselinedFindings_SuppressionAndBaselineState()
    {
        var findings = Write().GetProperty("documents")[0].GetProperty("findings");

        var suppressed = findings[1];
        Assert.True(suppressed.GetProperty("suppressed").GetBoolean());
        var suppression = suppressed.GetProperty("suppression");
        Assert.Equal(
            ("inSource", "Legacy system, retired in May", "it@example.org", "2027-05-31"),
            (suppression.GetProperty("kind").GetString(), suppression.GetProperty("justification").GetString(), suppression.GetProperty("owner").GetString(), suppression.GetProperty("expires").GetString()));
        Assert.Equal("unchanged", findings[2].GetProperty("baselineState").GetString());
        Assert.False(findings[2].TryGetProperty("suppression", out _));
    }
}
