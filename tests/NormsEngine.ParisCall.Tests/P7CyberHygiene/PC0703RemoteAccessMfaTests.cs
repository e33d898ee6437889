using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0703RemoteAccessMfaTests
{
    private const string Failing = "hygiene:\n  mfa:\n    remoteAccessPct: 50\n";

    [Fact]
    public void Evaluate_RemoteAccessMfaBelowFull_FailsWithValueInMessage()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0703"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("MFA covers 50% of remote access paths; it must cover all of them", finding.Message);
    }

    [Fact]
    public void Evaluate_RemoteAccessMfaFull_Passes()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    remoteAccessPct: 100\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0703"));
        Assert.Equal("hygiene.mfa.remoteAccessPct", Assert.Single(report.Passes("PC0703")).Path);
    }

    [Fact]
    public void Evaluate_RemoteAccessMfaNotDeclared_IsInsufficientDataAtNearestSection()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    adminPct: 100\n");

        var finding = Assert.Single(report.Insufficient("PC0703"));
        Assert.Equal("hygiene.mfa.remoteAccessPct", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_RemoteAccessMfaBelowFull_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0703")).Location;
        Assert.Equal(("hygiene.mfa.remoteAccessPct", 7, 22, 7, 24), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0703"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0703"));
    }
}
