using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P3Elections;

public class PC0303PreElectionExerciseTests
{
    // The as-of date is 2026-10-15: 2027-03-14 is 150 days later, 2026-04-17 is 181 days earlier.
    private static DocumentReport Evaluate(string nextElection, string lastExercise) =>
        PackHarness.Evaluate($"""
            roles:
              electionRoles: [party]
            elections:
              nextElection: {nextElection}
              lastExercise: {lastExercise}
            """);

    [Fact]
    public void Evaluate_ExerciseOlderThanWindow_FailsWithValuesInMessage()
    {
        var report = Evaluate("2027-03-14", "2026-04-17");

        var finding = Assert.Single(report.Failures("PC0303"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The last election-security exercise was on 2026-04-17, 181 days ago; with an election on 2027-03-14, it must be at most 180 days old", finding.Message);
    }

    [Fact]
    public void Evaluate_ExerciseOlderThanWindow_PointsAtTheExercise()
    {
        var report = Evaluate("2027-03-14", "2026-04-17");

        var location = Assert.Single(report.Failures("PC0303")).Location;
        Assert.Equal(("elections.lastExercise", 9, 17, 9, 27), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_ExerciseExactlyAtWindow_Passes()
    {
        var report = Evaluate("2027-03-14", "2026-04-18");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0303"));
        Assert.Equal("elections.lastExercise", Assert.Single(report.Passes("PC0303")).Path);
    }

    [Fact]
    public void Evaluate_ExerciseOlderThanConfiguredWindow_Fails()
    {
        var report = PackHarness.Evaluate(
            "roles:\n  electionRoles: [media]\nelections:\n  nextElection: 2027-03-14\n  lastExercise: 2026-08-16\n",
            thresholds: new Dictionary<string, decimal> { [ParisCallThresholds.PreElectionExerciseWindowDays] = 30 });

        Assert.Equal(
            "The last election-security exercise was on 2026-08-16, 60 days ago; with an election on 2027-03-14, it must be at most 30 days old",
            Assert.Single(report.Failures("PC0303")).Message);
    }

    [Fact]
    public void Evaluate_LastExerciseNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("roles:\n  electionRoles: [media]\nelections:\n  nextElection: 2027-03-14\n");

        var finding = Assert.Single(report.Insufficient("PC0303"));
        Assert.Equal("PC0303 applies but these paths are not declared: elections.lastExercise", finding.Message);
        Assert.Equal(("elections.lastExercise", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
