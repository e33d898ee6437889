using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0607SupplierInventoryTests
{
    private const string Failing = """
        supplyChain:
          supplierInventory: false
        """;

    [Fact]
    public void Evaluate_NoSupplierInventory_Fails()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0607"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No inventory of suppliers is kept; every organisation must know who its suppliers are", finding.Message);
    }

    [Fact]
    public void Evaluate_NoSupplierInventory_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0607")).Location;
        Assert.Equal(("supplyChain.supplierInventory", 6, 22, 6, 27), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_SupplierInventoryKept_Passes()
    {
        var report = PackHarness.Evaluate("""
            supplyChain:
              supplierInventory: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0607"));
        Assert.Equal("supplyChain.supplierInventory", Assert.Single(report.Passes("PC0607")).Path);
    }

    [Fact]
    public void Evaluate_InventoryNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            supplyChain:
              suppliers:
                - name: Alpha Cloud
                  critical: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0607"));
        Assert.Equal("PC0607 applies but these paths are not declared: supplyChain.supplierInventory", finding.Message);
        Assert.Equal(("supplyChain.supplierInventory", 5, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_RuleTurnedOff_IsNotApplicable()
    {
        var report = PackHarness.EvaluateText(
            "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nsupplyChain: { supplierInventory: false }\n",
            new Engine.EvaluationOptions { AsOf = PackHarness.AsOf, Severities = new Dictionary<string, Severity> { ["PC0607"] = Severity.None } });

        Assert.Equal(Outcome.NotApplicable, report.Documents[0].OutcomeOf("PC0607"));
    }
}
