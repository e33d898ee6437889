using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P5NonProliferation;

public class PC0504CustomerDueDiligenceTests
{
    [Fact]
    public void Evaluate_NoDueDiligence_Fails()
    {
        var report = PackHarness.Evaluate("""
            roles:
              sellsIntrusionCapabilities: true
            nonProliferation:
              customerDueDiligence: false
            """);

        var finding = Assert.Single(report.Failures("PC0504"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Buyers of intrusion capabilities are not vetted; every customer must pass due diligence before a sale", finding.Message);
    }

    [Fact]
    public void Evaluate_NoDueDiligence_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("""
            roles:
              sellsIntrusionCapabilities: true
            nonProliferation:
              customerDueDiligence: false
            """);

        var location = Assert.Single(report.Failures("PC0504")).Location;
        Assert.Equal(("nonProliferation.customerDueDiligence", 8, 25, 8, 30), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_DueDiligence_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              sellsIntrusionCapabilities: true
            nonProliferation:
              customerDueDiligence: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0504"));
        Assert.Equal("nonProliferation.customerDueDiligence", Assert.Single(report.Passes("PC0504")).Path);
    }

    [Fact]
    public void Evaluate_DueDiligenceNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              sellsIntrusionCapabilities: true
            nonProliferation:
              toolInventory: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0504"));
        Assert.Equal("PC0504 applies but these paths are not declared: nonProliferation.customerDueDiligence", finding.Message);
        Assert.Equal(("nonProliferation.customerDueDiligence", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
