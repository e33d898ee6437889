using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P3Elections;

public class PC0304InfluenceOperationResponseTests
{
    private static DocumentReport Evaluate(string roles, string response) =>
        PackHarness.Evaluate($"roles:\n  electionRoles: {roles}\nelections:\n  influenceOperationResponse: {response}\n");

    [Fact]
    public void Evaluate_NoInfluenceOperationResponse_Fails()
    {
        var report = Evaluate("[platform]", "false");

        var finding = Assert.Single(report.Failures("PC0304"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("There is no process to detect and respond to influence operations (elections.influenceOperationResponse is false); a platform or medium must have one during elections", finding.Message);
    }

    [Fact]
    public void Evaluate_NoInfluenceOperationResponse_PointsAtTheValue()
    {
        var report = Evaluate("[media]", "false");

        var location = Assert.Single(report.Failures("PC0304")).Location;
        Assert.Equal(("elections.influenceOperationResponse", 8, 31, 8, 36), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_InfluenceOperationResponse_Passes()
    {
        var report = Evaluate("[media]", "true");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0304"));
        Assert.Equal("elections.influenceOperationResponse", Assert.Single(report.Passes("PC0304")).Path);
    }

    [Fact]
    public void Evaluate_ResponseNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("roles:\n  electionRoles: [platform]\nelections:\n  liaisonWithNationalAuthority: true\n");

        var finding = Assert.Single(report.Insufficient("PC0304"));
        Assert.Equal("PC0304 applies but these paths are not declared: elections.influenceOperationResponse", finding.Message);
        Assert.Equal(("elections.influenceOperationResponse", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
