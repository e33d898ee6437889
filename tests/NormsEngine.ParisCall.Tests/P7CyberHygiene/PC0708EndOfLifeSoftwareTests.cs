using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0708EndOfLifeSoftwareTests
{
    private const string Failing = "hygiene:\n  endOfLifeSoftwareCount: 3\n";

    [Fact]
    public void Evaluate_EndOfLifeSoftwareInUse_FailsWithCountInMessage()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0708"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("3 end-of-life software product(s) are still in use; there must be none", finding.Message);
    }

    [Fact]
    public void Evaluate_NoEndOfLifeSoftware_Passes()
    {
        var report = PackHarness.Evaluate("hygiene:\n  endOfLifeSoftwareCount: 0\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0708"));
        Assert.Equal("hygiene.endOfLifeSoftwareCount", Assert.Single(report.Passes("PC0708")).Path);
    }

    [Fact]
    public void Evaluate_CountNotDeclared_IsInsufficientDataAtNearestSection()
    {
        var report = PackHarness.Evaluate("hygiene:\n  mfa:\n    adminPct: 100\n");

        var finding = Assert.Single(report.Insufficient("PC0708"));
        Assert.Equal("hygiene.endOfLifeSoftwareCount", finding.Location.Path);
        Assert.Equal((5, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_EndOfLifeSoftwareInUse_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0708")).Location;
        Assert.Equal(("hygiene.endOfLifeSoftwareCount", 6, 27, 6, 28), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0708"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0708"));
    }
}
