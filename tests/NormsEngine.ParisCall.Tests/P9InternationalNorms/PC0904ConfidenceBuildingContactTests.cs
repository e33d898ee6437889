using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P9InternationalNorms;

public class PC0904ConfidenceBuildingContactTests
{
    // Continues the harness's metadata section: the body's first line is line 5.
    private const string StateAgency = "  type: stateAgency\n";
    private const string NoContact = "norms:\n  confidenceBuildingContactPoint: false\n";

    [Fact]
    public void Evaluate_NoContactPoint_Fails()
    {
        var report = PackHarness.Evaluate(StateAgency + NoContact);

        var finding = Assert.Single(report.Failures("PC0904"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No point of contact for confidence-building measures is designated (norms.confidenceBuildingContactPoint: false); a State agency must have one", finding.Message);
    }

    [Fact]
    public void Evaluate_ContactPoint_Passes()
    {
        var report = PackHarness.Evaluate(StateAgency + "norms:\n  confidenceBuildingContactPoint: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0904"));
        Assert.Equal("norms.confidenceBuildingContactPoint", Assert.Single(report.Passes("PC0904")).Path);
    }

    [Fact]
    public void Evaluate_ContactPointNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate(StateAgency + "norms:\n  sharesThreatIntel: true\n");

        var finding = Assert.Single(report.Insufficient("PC0904"));
        Assert.Equal("norms.confidenceBuildingContactPoint", finding.Location.Path);
        Assert.Equal((6, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_NoContactPoint_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(StateAgency + NoContact);

        var location = Assert.Single(report.Failures("PC0904")).Location;
        Assert.Equal(("norms.confidenceBuildingContactPoint", 7, 35, 7, 40), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }
}
