using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0706AssetInventoryTests
{
    private static string Body(string hardware, string software, string lastReview) =>
        $"""
        hygiene:
          inventory:
            hardware: {hardware}
            software: {software}
            lastReview: {lastReview}

        """;

    [Fact]
    public void Evaluate_NoHardwareInventory_FailsAtHardware()
    {
        var report = PackHarness.Evaluate(Body("false", "true", "2026-09-01"));

        var finding = Assert.Single(report.Failures("PC0706"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No hardware asset inventory is kept; one must exist and be reviewed regularly", finding.Message);
        Assert.Equal(("hygiene.inventory.hardware", 7, 15, 7, 20), (finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Fact]
    public void Evaluate_NoSoftwareInventory_FailsAtSoftware()
    {
        var report = PackHarness.Evaluate(Body("true", "false", "2026-09-01"));

        var finding = Assert.Single(report.Failures("PC0706"));
        Assert.Equal("No software asset inventory is kept; one must exist and be reviewed regularly", finding.Message);
        Assert.Equal(("hygiene.inventory.software", 8, 15), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_ReviewTooOld_FailsAtLastReviewWithAge()
    {
        var report = PackHarness.Evaluate(Body("true", "true", "2026-01-01"));

        var finding = Assert.Single(report.Failures("PC0706"));
        Assert.Equal("The asset inventories were last reviewed on 2026-01-01, 287 days ago; they must be reviewed at least every 183 days", finding.Message);
        Assert.Equal(("hygiene.inventory.lastReview", 9, 17, 9, 27), (finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Fact]
    public void Evaluate_ReviewExactlyAtMaxAge_Passes()
    {
        // 2026-04-15 is exactly 183 days before the as-of date 2026-10-15.
        var report = PackHarness.Evaluate(Body("true", "true", "2026-04-15"));

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0706"));
        Assert.Equal("hygiene.inventory.hardware", Assert.Single(report.Passes("PC0706")).Path);
    }

    [Fact]
    public void Evaluate_ReviewOneDayOverMaxAge_Fails()
    {
        var report = PackHarness.Evaluate(Body("true", "true", "2026-04-14"));

        Assert.Contains("184 days ago", Assert.Single(report.Failures("PC0706")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SomeValuesNotDeclared_IsInsufficientDataNamingThem()
    {
        var report = PackHarness.Evaluate("hygiene:\n  inventory:\n    hardware: true\n");

        var finding = Assert.Single(report.Insufficient("PC0706"));
        Assert.Equal("hygiene.inventory.software", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("hygiene.inventory.software, hygiene.inventory.lastReview", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Body("false", "false", "2020-01-01"),
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0706"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0706"));
    }
}
