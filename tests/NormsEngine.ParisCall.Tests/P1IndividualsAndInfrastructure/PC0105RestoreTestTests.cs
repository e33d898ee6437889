using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0105RestoreTestTests
{
    [Fact]
    public void Evaluate_RestoreTestOlderThanAYear_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate("resilience:\n  backups:\n    lastRestoreTest: 2025-10-14\n");

        var finding = Assert.Single(report.Failures("PC0105"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The last successful restore test was on 2025-10-14, 366 days ago; backups must be test-restored at least every 365 days", finding.Message);
    }

    [Fact]
    public void Evaluate_RestoreTestOlderThanAYear_PointsAtTheDate()
    {
        var report = PackHarness.Evaluate("resilience:\n  backups:\n    lastRestoreTest: 2025-10-14\n");

        var location = Assert.Single(report.Failures("PC0105")).Location;
        Assert.Equal(("resilience.backups.lastRestoreTest", 7, 22, 7, 32), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RestoreTestExactlyAYearOld_Passes()
    {
        var report = PackHarness.Evaluate("resilience:\n  backups:\n    lastRestoreTest: 2025-10-15\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0105"));
        Assert.Equal("resilience.backups.lastRestoreTest", Assert.Single(report.Passes("PC0105")).Path);
    }

    [Fact]
    public void Evaluate_RestoreTestOlderThanConfiguredThreshold_Fails()
    {
        var report = PackHarness.Evaluate(
            "resilience:\n  backups:\n    lastRestoreTest: 2026-06-17\n",
            thresholds: new Dictionary<string, decimal> { [ParisCallThresholds.RestoreTestMaxAgeDays] = 90 });

        Assert.Equal(
            "The last successful restore test was on 2026-06-17, 120 days ago; backups must be test-restored at least every 90 days",
            Assert.Single(report.Failures("PC0105")).Message);
    }

    [Fact]
    public void Evaluate_RestoreTestNotDeclared_IsInsufficientDataAtTheBackups()
    {
        var report = PackHarness.Evaluate("resilience:\n  backups:\n    offlineOrImmutable: true\n");

        var finding = Assert.Single(report.Insufficient("PC0105"));
        Assert.Equal("PC0105 applies but these paths are not declared: resilience.backups.lastRestoreTest", finding.Message);
        Assert.Equal(("resilience.backups.lastRestoreTest", 6, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        // The scope is "all": the only way out of it is a severity of none.
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nresilience: { backups: { lastRestoreTest: 2020-01-01 } }\n",
            new Engine.EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0105"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0105"));
    }
}
