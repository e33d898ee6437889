using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P9InternationalNorms;

public class PC0902FirstMembershipTests
{
    private const string Csirt = "roles:\n  hasCsirt: true\n";
    private const string NotMember = "norms:\n  firstMembership: none\n";

    [Fact]
    public void Evaluate_NotAMember_Fails()
    {
        var report = PackHarness.Evaluate(Csirt + NotMember);

        var finding = Assert.Single(report.Failures("PC0902"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The CSIRT is not a member of FIRST (norms.firstMembership: none); it should join as a liaison, associate or full member", finding.Message);
    }

    [Theory]
    [InlineData("liaison")]
    [InlineData("associate")]
    [InlineData("full")]
    public void Evaluate_Member_Passes(string membership)
    {
        var report = PackHarness.Evaluate(Csirt + $"norms:\n  firstMembership: {membership}\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0902"));
        Assert.Equal("norms.firstMembership", Assert.Single(report.Passes("PC0902")).Path);
    }

    [Fact]
    public void Evaluate_MembershipNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate(Csirt + "norms:\n  sharesThreatIntel: true\n");

        var finding = Assert.Single(report.Insufficient("PC0902"));
        Assert.Equal("norms.firstMembership", finding.Location.Path);
        Assert.Equal((7, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_NotAMember_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Csirt + NotMember);

        var location = Assert.Single(report.Failures("PC0902")).Location;
        Assert.Equal(("norms.firstMembership", 8, 20, 8, 24), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }
}
