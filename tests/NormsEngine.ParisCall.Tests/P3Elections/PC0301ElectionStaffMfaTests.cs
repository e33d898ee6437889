using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P3Elections;

public class PC0301ElectionStaffMfaTests
{
    private static DocumentReport Evaluate(string roles, string pct) =>
        PackHarness.Evaluate($"roles:\n  electionRoles: {roles}\nelections:\n  staffPhishingResistantMfaPct: {pct}\n");

    [Fact]
    public void Evaluate_StaffMfaBelowFull_FailsWithValueInMessage()
    {
        var report = Evaluate("[party]", "80");

        var finding = Assert.Single(report.Failures("PC0301"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Phishing-resistant MFA covers 80% of staff accounts; it must cover all of them", finding.Message);
    }

    [Fact]
    public void Evaluate_StaffMfaBelowFull_PointsAtTheValue()
    {
        var report = Evaluate("[electionBody]", "99.9");

        var location = Assert.Single(report.Failures("PC0301")).Location;
        Assert.Equal(("elections.staffPhishingResistantMfaPct", 8, 33, 8, 37), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_StaffMfaFull_Passes()
    {
        var report = Evaluate("[campaign]", "100");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0301"));
        Assert.Equal("elections.staffPhishingResistantMfaPct", Assert.Single(report.Passes("PC0301")).Path);
    }

    [Fact]
    public void Evaluate_StaffMfaNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("roles:\n  electionRoles: [party]\nelections:\n  liaisonWithNationalAuthority: true\n");

        var finding = Assert.Single(report.Insufficient("PC0301"));
        Assert.Equal("PC0301 applies but these paths are not declared: elections.staffPhishingResistantMfaPct", finding.Message);
        Assert.Equal(("elections.staffPhishingResistantMfaPct", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
