using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0606SupplierIncidentNoticeTests
{
    private const string ThreeSuppliers = """
        roles:
          criticalInfrastructure: true
        incidentResponse:
          reporting:
            earlyWarningHours: 24
            notificationHours: 72
        supplyChain:
          suppliers:
            - name: Alpha Cloud
              critical: true
              incidentNoticeHours: 48
            - name: Beta Payroll
              critical: true
              incidentNoticeHours: 24
            - name: Gamma Catering
              critical: false
              incidentNoticeHours: 200
        """;

    [Fact]
    public void Evaluate_NoticeLaterThanEarlyWarning_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        var finding = Assert.Single(report.Failures("PC0606"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Alpha Cloud must report incidents within 48 hours, later than the 24 hours the organisation promises for its early warning", finding.Message);
    }

    [Fact]
    public void Evaluate_NoticeLaterThanEarlyWarning_PointsAtTheSuppliersValue()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        var location = Assert.Single(report.Failures("PC0606")).Location;
        Assert.Equal(("supplyChain.suppliers[0].incidentNoticeHours", 15, 28, 15, 30), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_TwoCriticalSuppliers_OneFailsOnePassesAtTheLimitAndNoneForTheOther()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        Assert.Equal("supplyChain.suppliers[0].incidentNoticeHours", Assert.Single(report.Failures("PC0606")).Location.Path);
        Assert.Equal("supplyChain.suppliers[1].incidentNoticeHours", Assert.Single(report.Passes("PC0606")).Path);
        Assert.Empty(report.Insufficient("PC0606"));
    }

    [Fact]
    public void Evaluate_NoticeWithinEarlyWarning_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              nis2Entity: essential
            incidentResponse:
              reporting:
                earlyWarningHours: 24
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  critical: true
                  incidentNoticeHours: 12
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0606"));
        Assert.Equal("supplyChain.suppliers[0].incidentNoticeHours", Assert.Single(report.Passes("PC0606")).Path);
    }

    [Fact]
    public void Evaluate_NoEarlyWarningDeclared_FallsBackToNotificationHours()
    {
        var report = PackHarness.Evaluate("""
            roles:
              criticalInfrastructure: true
            incidentResponse:
              reporting:
                notificationHours: 72
            supplyChain:
              suppliers:
                - name: Alpha Cloud
                  critical: true
                  incidentNoticeHours: 48
                - name: Beta Payroll
                  critical: true
                  incidentNoticeHours: 96
            """);

        var finding = Assert.Single(report.Failures("PC0606"));
        Assert.Equal("Beta Payroll must report incidents within 96 hours, later than the 72 hours the organisation promises for its incident notification", finding.Message);
        Assert.Equal("supplyChain.suppliers[1].incidentNoticeHours", finding.Location.Path);
        Assert.Equal("supplyChain.suppliers[0].incidentNoticeHours", Assert.Single(report.Passes("PC0606")).Path);
    }

    [Fact]
    public void Evaluate_SupplierNoticeNotDeclared_IsInsufficientDataAtTheSupplier()
    {
        var report = PackHarness.Evaluate("""
            roles:
              criticalInfrastructure: true
            incidentResponse:
              reporting:
                earlyWarningHours: 24
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  critical: true
                  incidentNoticeHours: 24
                - name: Delta Hosting
                  critical: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0606"));
        Assert.Equal("PC0606 applies but these paths are not declared: supplyChain.suppliers[1].incidentNoticeHours", finding.Message);
        Assert.Equal(("supplyChain.suppliers[1].incidentNoticeHours", 15, 7), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Equal("supplyChain.suppliers[0].incidentNoticeHours", Assert.Single(report.Passes("PC0606")).Path);
    }

    [Fact]
    public void Evaluate_NeitherEarlyWarningNorNotificationDeclared_IsInsufficientDataNamingBoth()
    {
        var report = PackHarness.Evaluate("""
            roles:
              criticalInfrastructure: true
            incidentResponse:
              reporting:
                nationalCsirt: CERT-Test
            supplyChain:
              suppliers:
                - name: Alpha Cloud
                  critical: true
                  incidentNoticeHours: 48
            """);

        var finding = Assert.Single(report.Insufficient("PC0606"));
        Assert.Equal(
            "PC0606 applies but these paths are not declared: incidentResponse.reporting.earlyWarningHours, incidentResponse.reporting.notificationHours",
            finding.Message);
        // A per-supplier outcome is located at its supplier, even when what is missing is the organisation's.
        Assert.Equal(("supplyChain.suppliers[0]", 12, 7), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_TwoSuppliersAndNoOrganisationTimes_GiveTwoDistinctFindings()
    {
        var report = PackHarness.Evaluate("""
            roles:
              criticalInfrastructure: true
            supplyChain:
              suppliers:
                - name: Alpha Cloud
                  critical: true
                  incidentNoticeHours: 48
                - name: Beta Hosting
                  critical: true
                  incidentNoticeHours: 12
            """);

        var findings = report.Insufficient("PC0606");
        Assert.Equal(2, findings.Count);
        Assert.NotEqual(findings[0].Fingerprint, findings[1].Fingerprint);
    }
}
