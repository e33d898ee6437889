using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0107IsacMembershipTests
{
    private const string Essential = "roles:\n  criticalInfrastructure: true\n";
    private const string NoIsac = "norms:\n  isacs: []\n";

    [Fact]
    public void Evaluate_IsacsDeclaredEmpty_Fails()
    {
        var report = PackHarness.Evaluate(Essential + NoIsac);

        var finding = Assert.Single(report.Failures("PC0107"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The organisation belongs to no ISAC (norms.isacs: []); an essential service must share information through at least one", finding.Message);
    }

    [Fact]
    public void Evaluate_MemberOfAnIsac_Passes()
    {
        var report = PackHarness.Evaluate(Essential + "norms:\n  isacs: [Health-ISAC]\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0107"));
        Assert.Equal("norms.isacs", Assert.Single(report.Passes("PC0107")).Path);
    }

    [Fact]
    public void Evaluate_IsacsNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate(Essential + "norms:\n  sharesThreatIntel: true\n");

        var finding = Assert.Single(report.Insufficient("PC0107"));
        Assert.Equal("norms.isacs", finding.Location.Path);
        Assert.Equal((7, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_IsacsDeclaredEmpty_PointsAtTheList()
    {
        var report = PackHarness.Evaluate(Essential + NoIsac);

        var location = Assert.Single(report.Failures("PC0107")).Location;
        Assert.Equal(("norms.isacs", 8, 3), (location.Path, location.Line, location.Column));
    }
}
