using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P8NoHackBack;

public class PC0801NoHackBackPracticesTests
{
    private const string Failing = """
        hackBack:
          practices: [sinkholeOwnDomains, disruptAttackerInfrastructure, deleteDataOnAttackerSystems]
          legalAuthority: none

        """;

    [Fact]
    public void Evaluate_OffensivePracticesWithoutAuthority_FailsNamingThem()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0801"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(
            "Responses to attacks include disruptAttackerInfrastructure, deleteDataOnAttackerSystems while hackBack.legalAuthority is none; a non-State actor must not act against attackers' systems on its own authority",
            finding.Message);
    }

    [Fact]
    public void Evaluate_OffensivePracticeWithAuthorityNotDeclared_Fails()
    {
        var report = PackHarness.Evaluate("hackBack:\n  practices:\n    - accessAttackerSystems\n");

        Assert.Equal(
            "Responses to attacks include accessAttackerSystems while hackBack.legalAuthority is not declared; a non-State actor must not act against attackers' systems on its own authority",
            Assert.Single(report.Failures("PC0801")).Message);
    }

    [Fact]
    public void Evaluate_OnlyPracticesInsideOwnEstate_Passes()
    {
        var report = PackHarness.Evaluate("hackBack:\n  practices: [sinkholeOwnDomains, internalDeception]\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0801"));
        Assert.Equal("hackBack.practices", Assert.Single(report.Passes("PC0801")).Path);
    }

    [Fact]
    public void Evaluate_PracticesNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("hackBack:\n  legalAuthority: none\n");

        var finding = Assert.Single(report.Insufficient("PC0801"));
        Assert.Equal("hackBack.practices", finding.Location.Path);
        Assert.Equal((5, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_OffensivePracticesWithoutAuthority_PointsAtThePractices()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0801")).Location;
        Assert.Equal(("hackBack.practices", 6, 3), (location.Path, location.Line, location.Column));
    }
}
