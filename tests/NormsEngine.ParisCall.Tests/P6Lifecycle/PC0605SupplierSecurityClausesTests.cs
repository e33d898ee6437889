using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0605SupplierSecurityClausesTests
{
    private const string ThreeSuppliers = """
        supplyChain:
          suppliers:
            - name: Alpha Cloud
              critical: true
              securityClauses: false
            - name: Beta Payroll
              critical: true
              securityClauses: true
            - name: Gamma Catering
              critical: false
              securityClauses: false
        """;

    [Fact]
    public void Evaluate_CriticalSupplierWithoutClauses_FailsWithNameInMessage()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        var finding = Assert.Single(report.Failures("PC0605"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The contract with critical supplier Alpha Cloud has no security requirements; it must have them", finding.Message);
    }

    [Fact]
    public void Evaluate_CriticalSupplierWithoutClauses_PointsAtTheSuppliersValue()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        var location = Assert.Single(report.Failures("PC0605")).Location;
        Assert.Equal(("supplyChain.suppliers[0].securityClauses", 9, 24, 9, 29), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_TwoCriticalSuppliers_OneOutcomeEachAndNoneForTheOther()
    {
        var report = PackHarness.Evaluate(ThreeSuppliers);

        Assert.Equal("supplyChain.suppliers[0].securityClauses", Assert.Single(report.Failures("PC0605")).Location.Path);
        Assert.Equal("supplyChain.suppliers[1].securityClauses", Assert.Single(report.Passes("PC0605")).Path);
        Assert.Empty(report.Insufficient("PC0605"));
    }

    [Fact]
    public void Evaluate_CriticalSupplierWithClauses_Passes()
    {
        var report = PackHarness.Evaluate("""
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  critical: true
                  securityClauses: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0605"));
        Assert.Equal("supplyChain.suppliers[0].securityClauses", Assert.Single(report.Passes("PC0605")).Path);
    }

    [Fact]
    public void Evaluate_ClausesNotDeclared_IsInsufficientDataAtTheSupplier()
    {
        var report = PackHarness.Evaluate("""
            supplyChain:
              suppliers:
                - name: Beta Payroll
                  critical: true
                  securityClauses: true
                - name: Delta Hosting
                  critical: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0605"));
        Assert.Equal("PC0605 applies but these paths are not declared: supplyChain.suppliers[1].securityClauses", finding.Message);
        Assert.Equal(("supplyChain.suppliers[1].securityClauses", 10, 7), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Equal("supplyChain.suppliers[0].securityClauses", Assert.Single(report.Passes("PC0605")).Path);
    }
}
