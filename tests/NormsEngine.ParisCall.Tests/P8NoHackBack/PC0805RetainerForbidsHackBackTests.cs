using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P8NoHackBack;

public class PC0805RetainerForbidsHackBackTests
{
    private const string Failing = "incidentResponse:\n  retainer:\n    provider: Acme IR\n    forbidsHackBack: false\n";

    [Fact]
    public void Evaluate_RetainerDoesNotForbidHackBack_FailsNamingProvider()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0805"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The retainer with Acme IR does not forbid hacking back; the contract must forbid counter-attacks on the organisation's behalf", finding.Message);
    }

    [Fact]
    public void Evaluate_RetainerForbidsHackBack_Passes()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  retainer:\n    provider: Acme IR\n    forbidsHackBack: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0805"));
        Assert.Equal("incidentResponse.retainer.forbidsHackBack", Assert.Single(report.Passes("PC0805")).Path);
    }

    [Fact]
    public void Evaluate_ForbidsHackBackNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  retainer:\n    provider: Acme IR\n");

        var finding = Assert.Single(report.Insufficient("PC0805"));
        Assert.Equal("incidentResponse.retainer.forbidsHackBack", finding.Location.Path);
        Assert.Equal((6, 3), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_RetainerDoesNotForbidHackBack_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0805")).Location;
        Assert.Equal(("incidentResponse.retainer.forbidsHackBack", 8, 22, 8, 27), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }
}
