using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Rules;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

/// <summary>NE0009: a <c>metadata.assessedOn</c> later than the evaluator's today is a warning, and the document is still evaluated as of it.</summary>
public sealed class FutureAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 23, 30, 0, TimeSpan.Zero);

    /// <summary>A pack whose one rule fails when the last restore test is more than 365 days before the as-of date.</summary>
    private static readonly IRulePack AgePack = PackHarness.Load(PackHarness.OneRule("{ resilience.backups.lastRestoreTest: { olderThanDays: 365 } }"));

    private static DocumentReport Evaluate(string assessedOn, string body = "", EvaluationOptions? options = null) =>
        Assert.Single(new NormsEvaluator([AgePack], new FixedTimeProvider(Now))
            .EvaluateYaml($"apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: {assessedOn}\n{body}", "org.yaml", options).Documents);

    [Fact]
    public void Evaluate_AssessedOnAfterToday_WarnsAtTheDateAndEvaluatesAsOfIt()
    {
        var report = Evaluate("2027-03-01", "resilience: { backups: { lastRestoreTest: 2026-02-01 } }\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == "NE0009");
        Assert.Equal("metadata.assessedOn is 2027-03-01, 85 days after today (2026-12-06); age checks compare with this date.", finding.Message);
        Assert.Equal(("org.yaml", "metadata.assessedOn", 5, 15), (finding.Location.File, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.NotEmpty(finding.Fingerprint);
        Assert.True(report.Evaluated);
        Assert.Equal((new DateOnly(2027, 3, 1), AsOfSource.Document), (report.AsOf, report.AsOfSource));

        // 393 days before the as-of date, 308 before today: the age check measures from the document's date.
        Assert.Single(report.Findings, f => f.RuleId == PackHarness.RuleId);
    }

    [Theory]
    [InlineData("2026-12-06")]
    [InlineData("2026-12-05")]
    [InlineData("2020-01-01")]
    public void Evaluate_AssessedOnTodayOrBefore_NoNe0009(string assessedOn) =>
        Assert.DoesNotContain(Evaluate(assessedOn).Findings, f => f.RuleId == "NE0009");

    [Fact]
    public void Evaluate_AssessedOnTomorrowWithCallerAsOf_SaysWhichDateAgeChecksUse()
    {
        var report = Evaluate("2026-12-07", options: new EvaluationOptions { AsOf = new DateOnly(2026, 11, 30) });

        Assert.Equal(
            "metadata.assessedOn is 2026-12-07, 1 day after today (2026-12-06); age checks use the as-of date given instead (2026-11-30).",
            Assert.Single(report.Findings, f => f.RuleId == "NE0009").Message);
        Assert.Equal((new DateOnly(2026, 11, 30), AsOfSource.Caller), (report.AsOf, report.AsOfSource));
    }

    [Theory]
    [InlineData(Severity.Error)]
    [InlineData(Severity.Info)]
    public void Evaluate_Ne0009SeverityConfigured_TakesIt(Severity severity)
    {
        var report = Evaluate("2027-03-01", options: new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["NE0009"] = severity } });

        Assert.Equal(severity, Assert.Single(report.Findings, f => f.RuleId == "NE0009").Severity);
    }

    [Fact]
    public void Evaluate_Ne0009TurnedOff_IsNotReported()
    {
        var report = Evaluate("2027-03-01", options: new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["NE0009"] = Severity.None } });

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "NE0009");
    }

    [Fact]
    public void Evaluate_NormsIgnoreOnTheDate_SuppressesNe0009()
    {
        var report = Evaluate("2027-03-01   # norms-ignore NE0009: the assessment is booked for 1 March");

        Assert.True(Assert.Single(report.Findings, f => f.RuleId == "NE0009").IsSuppressed);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
