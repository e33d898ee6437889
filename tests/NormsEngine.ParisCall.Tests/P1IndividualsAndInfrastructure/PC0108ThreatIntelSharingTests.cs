using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0108ThreatIntelSharingTests
{
    private const string Failing = "norms:\n  sharesThreatIntel: false\n";

    [Fact]
    public void Evaluate_DoesNotShare_FailsAsInfo()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0108"));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("Threat intelligence is not shared with peers (norms.sharesThreatIntel: false)", finding.Message);
    }

    [Fact]
    public void Evaluate_Shares_Passes()
    {
        var report = PackHarness.Evaluate("norms:\n  sharesThreatIntel: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0108"));
        Assert.Equal("norms.sharesThreatIntel", Assert.Single(report.Passes("PC0108")).Path);
    }

    [Fact]
    public void Evaluate_SharingNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("norms:\n  isacs: []\n");

        var finding = Assert.Single(report.Insufficient("PC0108"));
        Assert.Equal("norms.sharesThreatIntel", finding.Location.Path);
        Assert.Equal((5, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_DoesNotShare_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0108")).Location;
        Assert.Equal(("norms.sharesThreatIntel", 6, 22, 6, 27), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0108"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0108"));
    }
}
