using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P8NoHackBack;

public class PC0804AuthorityEscalationTests
{
    private static string Body(string plan, string escalation) =>
        $"""
        incidentResponse:
          plan:
            exists: {plan}
          escalation: {escalation}

        """;

    [Fact]
    public void Evaluate_EscalationWithoutAuthorities_FailsNamingTargets()
    {
        var report = PackHarness.Evaluate(Body("true", "[regulator, isac]"));

        var finding = Assert.Single(report.Failures("PC0804"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The incident-response plan escalates to regulator, isac; it must escalate to the national CSIRT or law enforcement", finding.Message);
    }

    [Fact]
    public void Evaluate_EscalationDeclaredEmpty_Fails()
    {
        var report = PackHarness.Evaluate(Body("true", "[]"));

        Assert.Equal("The incident-response plan escalates to no one; it must escalate to the national CSIRT or law enforcement", Assert.Single(report.Failures("PC0804")).Message);
    }

    [Theory]
    [InlineData("[nationalCsirt]")]
    [InlineData("[regulator, lawEnforcement]")]
    public void Evaluate_EscalationToAnAuthority_Passes(string escalation)
    {
        var report = PackHarness.Evaluate(Body("true", escalation));

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0804"));
        Assert.Equal("incidentResponse.escalation", Assert.Single(report.Passes("PC0804")).Path);
    }

    [Fact]
    public void Evaluate_EscalationNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("incidentResponse:\n  plan:\n    exists: true\n");

        var finding = Assert.Single(report.Insufficient("PC0804"));
        Assert.Equal("incidentResponse.escalation", finding.Location.Path);
        Assert.Equal((5, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_EscalationWithoutAuthorities_PointsAtTheEscalation()
    {
        var report = PackHarness.Evaluate(Body("true", "[regulator]"));

        var location = Assert.Single(report.Failures("PC0804")).Location;
        Assert.Equal(("incidentResponse.escalation", 8, 3), (location.Path, location.Line, location.Column));
    }
}
