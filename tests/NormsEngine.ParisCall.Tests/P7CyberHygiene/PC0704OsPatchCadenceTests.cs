using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0704OsPatchCadenceTests
{
    private const string Failing = "hygiene:\n  patching:\n    osCadenceDays: 45\n";

    [Fact]
    public void Evaluate_CadenceAboveThreshold_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0704"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Operating systems are patched every 45 days; the routine cycle must be at most 30 days", finding.Message);
    }

    [Fact]
    public void Evaluate_CadenceExactlyAtThreshold_Passes()
    {
        var report = PackHarness.Evaluate("hygiene:\n  patching:\n    osCadenceDays: 30\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0704"));
        Assert.Equal("hygiene.patching.osCadenceDays", Assert.Single(report.Passes("PC0704")).Path);
    }

    [Fact]
    public void Evaluate_ConfiguredThreshold_IsUsed()
    {
        var report = PackHarness.Evaluate(Failing, thresholds: new Dictionary<string, decimal> { ["patchCadenceDays"] = 60 });

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0704"));
    }

    [Fact]
    public void Evaluate_CadenceNotDeclared_IsInsufficientDataAtNearestSection()
    {
        var report = PackHarness.Evaluate("hygiene:\n  patching:\n    criticalExternalSlaDays: 7\n");

        var finding = Assert.Single(report.Insufficient("PC0704"));
        Assert.Equal("hygiene.patching.osCadenceDays", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_CadenceAboveThreshold_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0704")).Location;
        Assert.Equal(("hygiene.patching.osCadenceDays", 7, 20, 7, 22), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0704"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0704"));
    }
}
