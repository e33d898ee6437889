using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0103IncidentResponseExerciseTests
{
    [Fact]
    public void Evaluate_ExerciseOlderThanAYear_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  plan:\n    exists: true\n    lastExercise: 2025-10-14\n");

        var finding = Assert.Single(report.Failures("PC0103"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The incident-response plan was last exercised on 2025-10-14, 366 days ago; it must be exercised at least every 365 days", finding.Message);
    }

    [Fact]
    public void Evaluate_ExerciseOlderThanAYear_PointsAtTheDate()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  plan:\n    exists: true\n    lastExercise: 2025-10-14\n");

        var location = Assert.Single(report.Failures("PC0103")).Location;
        Assert.Equal(("incidentResponse.plan.lastExercise", 8, 19, 8, 29), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_ExerciseExactlyAYearOld_Passes()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  plan:\n    exists: true\n    lastExercise: 2025-10-15\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0103"));
        Assert.Equal("incidentResponse.plan.lastExercise", Assert.Single(report.Passes("PC0103")).Path);
    }

    [Fact]
    public void Evaluate_ExerciseOlderThanConfiguredThreshold_Fails()
    {
        var report = PackHarness.Evaluate(
            "incidentResponse:\n  plan:\n    exists: true\n    lastExercise: 2026-04-15\n",
            thresholds: new Dictionary<string, decimal> { [ParisCallThresholds.ExerciseMaxAgeDays] = 180 });

        Assert.Equal(
            "The incident-response plan was last exercised on 2026-04-15, 183 days ago; it must be exercised at least every 180 days",
            Assert.Single(report.Failures("PC0103")).Message);
    }

    [Fact]
    public void Evaluate_LastExerciseNotDeclared_IsInsufficientDataAtThePlan()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  plan:\n    exists: true\n");

        var finding = Assert.Single(report.Insufficient("PC0103"));
        Assert.Equal("PC0103 applies but these paths are not declared: incidentResponse.plan.lastExercise", finding.Message);
        Assert.Equal(("incidentResponse.plan.lastExercise", 6, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
