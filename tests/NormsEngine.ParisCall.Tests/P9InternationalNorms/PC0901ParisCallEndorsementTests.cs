using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P9InternationalNorms;

public class PC0901ParisCallEndorsementTests
{
    private const string Failing = "norms:\n  parisCall:\n    endorsed: false\n";

    [Fact]
    public void Evaluate_NotEndorsed_FailsAsInfo()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0901"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("The Paris Call is not endorsed (norms.parisCall.endorsed: false)", finding.Message);
    }

    [Fact]
    public void Evaluate_Endorsed_Passes()
    {
        var report = PackHarness.Evaluate("norms:\n  parisCall:\n    endorsed: true\n    since: 2019-05-01\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0901"));
        Assert.Equal("norms.parisCall.endorsed", Assert.Single(report.Passes("PC0901")).Path);
    }

    [Fact]
    public void Evaluate_EndorsementNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("norms:\n  parisCall:\n    since: 2019-05-01\n");

        var finding = Assert.Single(report.Insufficient("PC0901"));
        Assert.Equal("norms.parisCall.endorsed", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_NotEndorsed_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0901")).Location;
        Assert.Equal(("norms.parisCall.endorsed", 7, 15, 7, 20), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0901"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0901"));
    }
}
