using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0101IncidentResponsePlanTests
{
    private const string EssentialService = "roles:\n  criticalInfrastructure: true\n";

    [Fact]
    public void Evaluate_NoPlan_FailsWithMessage()
    {
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  plan:\n    exists: false\n");

        var finding = Assert.Single(report.Failures("PC0101"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("No written incident-response plan exists (incidentResponse.plan.exists is false); an essential service must have one", finding.Message);
    }

    [Fact]
    public void Evaluate_NoPlan_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  plan:\n    exists: false\n");

        var location = Assert.Single(report.Failures("PC0101")).Location;
        Assert.Equal(("incidentResponse.plan.exists", 9, 13, 9, 18), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_PlanExists_Passes()
    {
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  plan:\n    exists: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0101"));
        Assert.Equal("incidentResponse.plan.exists", Assert.Single(report.Passes("PC0101")).Path);
    }

    [Fact]
    public void Evaluate_PlanExistsNotDeclared_IsInsufficientDataAtThePlan()
    {
        var report = PackHarness.Evaluate(EssentialService + "incidentResponse:\n  plan:\n    lastExercise: 2026-01-10\n");

        var finding = Assert.Single(report.Insufficient("PC0101"));
        Assert.Equal("PC0101 applies but these paths are not declared: incidentResponse.plan.exists", finding.Message);
        Assert.Equal(("incidentResponse.plan.exists", 8, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
