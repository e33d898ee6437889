using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P3Elections;

public class PC0302ElectionAuthorityLiaisonTests
{
    private static DocumentReport Evaluate(string roles, string liaison) =>
        PackHarness.Evaluate($"roles:\n  electionRoles: {roles}\nelections:\n  liaisonWithNationalAuthority: {liaison}\n");

    [Fact]
    public void Evaluate_NoLiaison_Fails()
    {
        var report = Evaluate("[media]", "false");

        var finding = Assert.Single(report.Failures("PC0302"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("There is no channel to the election authority or national CSIRT (elections.liaisonWithNationalAuthority is false); an election actor must have one", finding.Message);
    }

    [Fact]
    public void Evaluate_NoLiaison_PointsAtTheValue()
    {
        var report = Evaluate("[electionVendor]", "false");

        var location = Assert.Single(report.Failures("PC0302")).Location;
        Assert.Equal(("elections.liaisonWithNationalAuthority", 8, 33, 8, 38), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_Liaison_Passes()
    {
        var report = Evaluate("[electionBody]", "true");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0302"));
        Assert.Equal("elections.liaisonWithNationalAuthority", Assert.Single(report.Passes("PC0302")).Path);
    }

    [Fact]
    public void Evaluate_LiaisonNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("roles:\n  electionRoles: [electionVendor]\n");

        var finding = Assert.Single(report.Insufficient("PC0302"));
        Assert.Equal("PC0302 applies but these paths are not declared: elections.liaisonWithNationalAuthority", finding.Message);
        Assert.Equal("elections.liaisonWithNationalAuthority", finding.Location.Path);
    }
}
