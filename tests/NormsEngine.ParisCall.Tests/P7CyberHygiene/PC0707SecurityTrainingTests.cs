using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P7CyberHygiene;

public class PC0707SecurityTrainingTests
{
    private const string Failing = "hygiene:\n  training:\n    annualCompletionPct: 85\n";

    [Fact]
    public void Evaluate_CompletionBelowThreshold_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0707"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("85% of staff completed security training in the last year; at least 90% must", finding.Message);
    }

    [Fact]
    public void Evaluate_CompletionExactlyAtThreshold_Passes()
    {
        var report = PackHarness.Evaluate("hygiene:\n  training:\n    annualCompletionPct: 90\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0707"));
        Assert.Equal("hygiene.training.annualCompletionPct", Assert.Single(report.Passes("PC0707")).Path);
    }

    [Fact]
    public void Evaluate_ConfiguredThreshold_IsUsed()
    {
        var report = PackHarness.Evaluate(Failing, thresholds: new Dictionary<string, decimal> { ["trainingCompletionPct"] = 80 });

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0707"));
    }

    [Fact]
    public void Evaluate_FractionalThresholdAboveCompletion_Fails()
    {
        var report = PackHarness.Evaluate("hygiene:\n  training:\n    annualCompletionPct: 99.2\n", thresholds: new Dictionary<string, decimal> { ["trainingCompletionPct"] = 99.5m });

        var finding = Assert.Single(report.Failures("PC0707"));
        Assert.Equal("99.2% of staff completed security training in the last year; at least 99.5% must", finding.Message);
    }

    [Fact]
    public void Evaluate_CompletionNotDeclared_IsInsufficientDataAtNearestSection()
    {
        var report = PackHarness.Evaluate("hygiene:\n  endOfLifeSoftwareCount: 0\n");

        var finding = Assert.Single(report.Insufficient("PC0707"));
        Assert.Equal("hygiene.training.annualCompletionPct", finding.Location.Path);
        Assert.Equal((5, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_CompletionBelowThreshold_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0707")).Location;
        Assert.Equal(("hygiene.training.annualCompletionPct", 7, 26, 7, 28), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + Failing,
            new EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0707"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0707"));
    }
}
