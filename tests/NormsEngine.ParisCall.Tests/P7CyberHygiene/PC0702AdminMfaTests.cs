using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0702AdminMfaTests
{
    [Fact]
    public void Evaluate_AdminMfaBelowFull_FailsWithValueInMessage()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    adminPct: 80\n");

        var finding = Assert.Single(report.Failures("PC0702"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("MFA covers 80% of administrative accounts; it must cover all of them", finding.Message);
    }

    [Fact]
    public void Evaluate_AdminMfaFull_Passes()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    adminPct: 100\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0702"));
        Assert.Equal("hygiene.mfa.adminPct", Assert.Single(report.Passes("PC0702")).Path);
    }

    [Fact]
    public void Evaluate_AdminMfaNotDeclared_IsInsufficientDataAtNearestSection()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    externalAppsPct: 100\n");

        var finding = Assert.Single(report.Insufficient("PC0702"));
        Assert.Equal("hygiene.mfa.adminPct", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_AdminMfaBelowFull_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    adminPct: 80\n");

        var location = Assert.Single(report.Failures("PC0702")).Location;
        Assert.Equal(("hygiene.mfa.adminPct", 7, 15, 7, 17), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nhygiene: { mfa: { adminPct: 10 } }\n",
            new Engine.EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0702"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0702"));
    }
}
