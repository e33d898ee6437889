using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P8NoHackBack;

public class PC0802HackBackPolicyTests
{
    private const string Failing = "hackBack:\n  policyProhibits: false\n";

    [Fact]
    public void Evaluate_NoPolicy_Fails()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0802"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No written policy forbids hacking back (hackBack.policyProhibits: false); a non-State actor must forbid it in writing", finding.Message);
    }

    [Fact]
    public void Evaluate_PolicyProhibits_Passes()
    {
        var report = PackHarness.Evaluate("hackBack:\n  policyProhibits: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0802"));
        Assert.Equal("hackBack.policyProhibits", Assert.Single(report.Passes("PC0802")).Path);
    }

    [Fact]
    public void Evaluate_PolicyNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("hackBack:\n  practices: []\n");

        var finding = Assert.Single(report.Insufficient("PC0802"));
        Assert.Equal("hackBack.policyProhibits", finding.Location.Path);
        Assert.Equal((5, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_NoPolicy_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0802")).Location;
        Assert.Equal(("hackBack.policyProhibits", 6, 20, 6, 25), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }
}
