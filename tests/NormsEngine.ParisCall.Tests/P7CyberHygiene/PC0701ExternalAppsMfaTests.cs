using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0701ExternalAppsMfaTests
{
    private const string Failing = "hygiene:\n  mfa:\n    externalAppsPct: 80\n";

    [Fact]
    public void Evaluate_ExternalAppsMfaBelowFull_FailsWithValueInMessage()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0701"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("MFA covers 80% of externally exposed applications; it must cover all of them", finding.Message);
    }

    [Fact]
    public void Evaluate_ExternalAppsMfaJustBelowFull_Fails()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    externalAppsPct: 99.5\n");

        Assert.Equal("MFA covers 99.5% of externally exposed applications; it must cover all of them", Assert.Single(report.Failures("PC0701")).Message);
    }

    [Fact]
    public void Evaluate_ExternalAppsMfaFull_Passes()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    externalAppsPct: 100\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0701"));
        Assert.Equal("hygiene.mfa.externalAppsPct", Assert.Single(report.Passes("PC0701")).Path);
    }

    [Fact]
    public void Evaluate_ExternalAppsMfaNotDeclared_IsInsufficientDataAtNearestSection()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    adminPct: 100\n");

        var finding = Assert.Single(report.Insufficient("PC0701"));
        Assert.Equal("hygiene.mfa.externalAppsPct", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_ExternalAppsMfaBelowFull_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0701")).Location;
        Assert.Equal(("hygiene.mfa.externalAppsPct", 7, 22, 7, 24), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0701"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0701"));
    }
}
