using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P5NonProliferation;

public class PC0503OffensiveToolControlTests
{
    [Fact]
    public void Evaluate_NoToolInventory_FailsAtInventory()
    {
        var report = PackHarness.Evaluate("""
            roles:
              offensiveTooling: true
            nonProliferation:
              toolInventory: false
              toolAccessRestricted: true
            """);

        var finding = Assert.Single(report.Failures("PC0503"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No inventory of offensive tools is kept; an organisation that holds offensive tools must inventory them and restrict and log access to them", finding.Message);
        Assert.Equal(("nonProliferation.toolInventory", 8, 18, 8, 23), (finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Fact]
    public void Evaluate_AccessNotRestricted_FailsAtAccess()
    {
        var report = PackHarness.Evaluate("""
            roles:
              offensiveTooling: true
            nonProliferation:
              toolInventory: true
              toolAccessRestricted: false
            """);

        var finding = Assert.Single(report.Failures("PC0503"));
        Assert.Equal("Access to offensive tools is not restricted and logged; an organisation that holds offensive tools must inventory them and restrict and log access to them", finding.Message);
        Assert.Equal(("nonProliferation.toolAccessRestricted", 9, 25, 9, 30), (finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Fact]
    public void Evaluate_InventoryAndRestrictedAccess_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              offensiveTooling: true
            nonProliferation:
              toolInventory: true
              toolAccessRestricted: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0503"));
        Assert.Equal("nonProliferation.toolInventory", Assert.Single(report.Passes("PC0503")).Path);
    }

    [Fact]
    public void Evaluate_AccessNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              offensiveTooling: true
            nonProliferation:
              toolInventory: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0503"));
        Assert.Equal("PC0503 applies but these paths are not declared: nonProliferation.toolAccessRestricted", finding.Message);
        Assert.Equal(("nonProliferation.toolAccessRestricted", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_NeitherDeclared_IsInsufficientDataNamingBoth()
    {
        var report = PackHarness.Evaluate("""
            roles:
              offensiveTooling: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0503"));
        Assert.Equal("PC0503 applies but these paths are not declared: nonProliferation.toolInventory, nonProliferation.toolAccessRestricted", finding.Message);
    }
}
