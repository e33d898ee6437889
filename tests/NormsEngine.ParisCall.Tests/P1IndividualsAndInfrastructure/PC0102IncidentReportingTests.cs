using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0102IncidentReportingTests
{
    private const string EssentialService = "roles:\n  criticalInfrastructure: true\n";
    private const string Nis2Entity = "roles:\n  nis2Entity: essential\n";

    [Fact]
    public void Evaluate_NotificationTooLateAndNoCsirtName_FailsOnTheNotificationTime()
    {
        // Three-valued logic: "unknown OR true" is true, so 96 hours fails even with no CSIRT name.
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  reporting:\n    notificationHours: 96\n");

        var finding = Assert.Single(report.Failures("PC0102"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Incident notification is promised within 96 hours; it must be within 72", finding.Message);
        Assert.Equal(("incidentResponse.reporting.notificationHours", 9, 24, 9, 26), (finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
        Assert.Empty(report.Insufficient("PC0102"));
    }

    [Fact]
    public void Evaluate_BlankCsirtName_FailsAtTheName()
    {
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  reporting:\n    nationalCsirt: \" \"\n    notificationHours: 72\n");

        var finding = Assert.Single(report.Failures("PC0102"));
        Assert.Equal("No national CSIRT is named for incident reports; an essential service must report to one", finding.Message);
        Assert.Equal(("incidentResponse.reporting.nationalCsirt", 9, 20), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_Nis2EarlyWarningTooLate_FailsAtTheEarlyWarning()
    {
        var report = PackHarness.Evaluate(Nis2Entity + """
            incidentResponse:
              reporting:
                nationalCsirt: CERT-FR
                earlyWarningHours: 48
                notificationHours: 72
            """);

        var finding = Assert.Single(report.Failures("PC0102"));
        Assert.Equal("An early warning is promised within 48 hours; a NIS2 entity must send it within 24", finding.Message);
        Assert.Equal(("incidentResponse.reporting.earlyWarningHours", 10, 24), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_Nis2AtTheLimits_Passes()
    {
        var report = PackHarness.Evaluate(Nis2Entity + """
            incidentResponse:
              reporting:
                nationalCsirt: CERT-FR
                earlyWarningHours: 24
                notificationHours: 72
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0102"));
        Assert.Equal("incidentResponse.reporting.nationalCsirt", Assert.Single(report.Passes("PC0102")).Path);
    }

    [Fact]
    public void Evaluate_NotificationOverConfiguredThreshold_Fails()
    {
        var report = PackHarness.Evaluate(
            EssentialService + "incidentResponse:\n  reporting:\n    nationalCsirt: CERT-FR\n    notificationHours: 72\n",
            thresholds: new Dictionary<string, decimal> { [ParisCallThresholds.MaxNotificationHours] = 48 });

        Assert.Equal("Incident notification is promised within 72 hours; it must be within 48", Assert.Single(report.Failures("PC0102")).Message);
    }

    [Fact]
    public void Evaluate_CsirtNameMissingAndNotificationInTime_IsInsufficientData()
    {
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  reporting:\n    notificationHours: 72\n");

        var finding = Assert.Single(report.Insufficient("PC0102"));
        Assert.Equal("PC0102 applies but these paths are not declared: incidentResponse.reporting.nationalCsirt", finding.Message);
        Assert.Equal(("incidentResponse.reporting.nationalCsirt", 8, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_Nis2NothingDeclared_IsInsufficientDataForEveryValue()
    {
        var report = PackHarness.Evaluate(Nis2Entity);

        var finding = Assert.Single(report.Insufficient("PC0102"));
        Assert.Equal(
            "PC0102 applies but these paths are not declared: incidentResponse.reporting.nationalCsirt, incidentResponse.reporting.notificationHours, incidentResponse.reporting.earlyWarningHours",
            finding.Message);
    }
}
