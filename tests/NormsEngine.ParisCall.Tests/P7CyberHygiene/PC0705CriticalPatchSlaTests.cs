using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0705CriticalPatchSlaTests
{
    private const string Exposed = "roles:\n  internetFacing: true\n";

    [Fact]
    public void Evaluate_SlaAboveThreshold_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate(Exposed + "hygiene:\n  patching:\n    criticalExternalSlaDays: 30\n");

        var finding = Assert.Single(report.Failures("PC0705"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Critical vulnerabilities on exposed systems are patched within 30 days; they must be patched within 14 days", finding.Message);
    }

    [Fact]
    public void Evaluate_SlaExactlyAtThreshold_Passes()
    {
        var report = PackHarness.Evaluate(Exposed + "hygiene:\n  patching:\n    criticalExternalSlaDays: 14\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0705"));
        Assert.Equal("hygiene.patching.criticalExternalSlaDays", Assert.Single(report.Passes("PC0705")).Path);
    }

    [Fact]
    public void Evaluate_ConfiguredThreshold_IsUsed()
    {
        var report = PackHarness.Evaluate(
            Exposed + "hygiene:\n  patching:\n    criticalExternalSlaDays: 14\n",
            thresholds: new Dictionary<string, decimal> { ["criticalPatchSlaDays"] = 7 });

        Assert.Equal("Critical vulnerabilities on exposed systems are patched within 14 days; they must be patched within 7 days", Assert.Single(report.Failures("PC0705")).Message);
    }

    [Fact]
    public void Evaluate_SlaNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate(Exposed + "hygiene:\n  patching:\n    osCadenceDays: 30\n");

        var finding = Assert.Single(report.Insufficient("PC0705"));
        Assert.Equal("hygiene.patching.criticalExternalSlaDays", finding.Location.Path);
        Assert.Equal((8, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_SlaAboveThreshold_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Exposed + "hygiene:\n  patching:\n    criticalExternalSlaDays: 30\n");

        var location = Assert.Single(report.Failures("PC0705")).Location;
        Assert.Equal(("hygiene.patching.criticalExternalSlaDays", 9, 30, 9, 32), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }
}
