using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0106RecoveryTimeTests
{
    private const string EssentialService = "roles:\n  criticalInfrastructure: true\n";

    [Fact]
    public void Evaluate_RtoLongerThanTolerableDowntime_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  rtoHours: 48\n  maxTolerableDowntimeHours: 24\n");

        var finding = Assert.Single(report.Failures("PC0106"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("The recovery time objective is 48 hours, longer than the 24 hours of downtime the service can tolerate", finding.Message);
    }

    [Fact]
    public void Evaluate_RtoLongerThanTolerableDowntime_PointsAtTheRto()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  rtoHours: 48\n  maxTolerableDowntimeHours: 24\n");

        var location = Assert.Single(report.Failures("PC0106")).Location;
        Assert.Equal(("resilience.rtoHours", 8, 13, 8, 15), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_RtoEqualToTolerableDowntime_Passes()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  rtoHours: 24\n  maxTolerableDowntimeHours: 24\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0106"));
        Assert.Equal("resilience.rtoHours", Assert.Single(report.Passes("PC0106")).Path);
    }

    [Fact]
    public void Evaluate_TolerableDowntimeNotDeclared_IsInsufficientDataForThatValueOnly()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  rtoHours: 4\n");

        var finding = Assert.Single(report.Insufficient("PC0106"));
        Assert.Equal("PC0106 applies but these paths are not declared: resilience.maxTolerableDowntimeHours", finding.Message);
        Assert.Equal(("resilience.maxTolerableDowntimeHours", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_NeitherValueDeclared_IsInsufficientDataForBoth()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  backups:\n    offlineOrImmutable: true\n");

        var finding = Assert.Single(report.Insufficient("PC0106"));
        Assert.Equal("PC0106 applies but these paths are not declared: resilience.rtoHours, resilience.maxTolerableDowntimeHours", finding.Message);
    }
}
