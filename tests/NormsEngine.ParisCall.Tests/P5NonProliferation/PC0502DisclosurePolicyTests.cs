using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P5NonProliferation;

public class PC0502DisclosurePolicyTests
{
    [Fact]
    public void Evaluate_NoDisclosurePolicy_Fails()
    {
        var report = PackHarness.Evaluate("""
            roles:
              securityResearch: true
            nonProliferation:
              disclosurePolicy: false
            """);

        var finding = Assert.Single(report.Failures("PC0502"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No coordinated-disclosure policy covers the vulnerabilities the organisation finds; a security researcher must have one", finding.Message);
    }

    [Fact]
    public void Evaluate_NoDisclosurePolicy_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("""
            roles:
              securityResearch: true
            nonProliferation:
              disclosurePolicy: false
            """);

        var location = Assert.Single(report.Failures("PC0502")).Location;
        Assert.Equal(("nonProliferation.disclosurePolicy", 8, 21, 8, 26), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_DisclosurePolicy_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              securityResearch: true
            nonProliferation:
              disclosurePolicy: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0502"));
        Assert.Equal("nonProliferation.disclosurePolicy", Assert.Single(report.Passes("PC0502")).Path);
    }

    [Fact]
    public void Evaluate_DisclosurePolicyNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              securityResearch: true
            nonProliferation:
              vulnerabilityDisposition: coordinatedDisclosure
            """);

        var finding = Assert.Single(report.Insufficient("PC0502"));
        Assert.Equal("PC0502 applies but these paths are not declared: nonProliferation.disclosurePolicy", finding.Message);
        Assert.Equal(("nonProliferation.disclosurePolicy", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
