using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0608SupplierAssessmentTests
{
    // As-of date 2026-10-15: 2025-10-15 is exactly 365 days old, 2025-10-14 is 366.
    private const string ThreeSuppliers = """
        supplyChain:
          suppliers:
            - name: Alpha Cloud
              accessToProduction: true
              lastAssessment: 2025-10-14
            - name: Beta Payroll
              accessToProduction: true
              lastAssessment: 2025-10-15
            - name: Gamma Catering
              accessToProduction: false
              lastAssessment: 2019-01-01
        """;

    [Fact]
    public void Evaluate_AssessmentOlderThanLimit_FailsWithValuesInMessage()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        var finding = Assert.Single(report.Failures("PC0608"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Supplier Alpha Cloud, which can reach production, was last assessed on 2025-10-14, 366 days ago; it must be assessed at least every 365 days", finding.Message);
    }

    [Fact]
    public void Evaluate_AssessmentOlderThanLimit_PointsAtTheSuppliersValue()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        var location = Assert.Single(report.Failures("PC0608")).Location;
        Assert.Equal(("supplyChain.suppliers[0].lastAssessment", 9, 23, 9, 33), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_TwoSuppliersWithAccess_OneFailsOnePassesAtTheLimitAndNoneForTheOther()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        Assert.Equal("supplyChain.suppliers[0].lastAssessment", Assert.Single(report.Failures("PC0608")).Location.Path);
        Assert.Equal("supplyChain.suppliers[1].lastAssessment", Assert.Single(report.Passes("PC0608")).Path);
        Assert.Empty(report.Insufficient("PC0608"));
    }

    [Fact]
    public void Evaluate_RecentAssessment_Passes()
    {
        var report = PackHarness.Evaluate("""
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  accessToProduction: true
                  lastAssessment: 2026-06-01
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0608"));
        Assert.Equal("supplyChain.suppliers[0].lastAssessment", Assert.Single(report.Passes("PC0608")).Path);
    }

    [Fact]
    public void Evaluate_ConfiguredThreshold_IsUsedInDecisionAndMessage()
    {
        var report = PackHarness.Evaluate(
            """
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  accessToProduction: true
                  lastAssessment: 2026-04-15
                - name: Zeta Backup
                  accessToProduction: true
                  lastAssessment: 2026-04-14
            """,
            thresholds: new Dictionary<string, decimal> { ["supplierAssessmentMaxAgeDays"] = 183 });

        var finding = Assert.Single(report.Failures("PC0608"));
        Assert.Equal("Supplier Zeta Backup, which can reach production, was last assessed on 2026-04-14, 184 days ago; it must be assessed at least every 183 days", finding.Message);
        Assert.Equal("supplyChain.suppliers[0].lastAssessment", Assert.Single(report.Passes("PC0608")).Path);
    }

    [Fact]
    public void Evaluate_AssessmentNotDeclared_IsInsufficientDataAtTheSupplier()
    {
        var report = PackHarness.Evaluate("""
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  accessToProduction: true
                  lastAssessment: 2026-06-01
                - name: Delta Hosting
                  accessToProduction: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0608"));
        Assert.Equal("PC0608 applies but these paths are not declared: supplyChain.suppliers[1].lastAssessment", finding.Message);
        Assert.Equal(("supplyChain.suppliers[1].lastAssessment", 10, 7), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
