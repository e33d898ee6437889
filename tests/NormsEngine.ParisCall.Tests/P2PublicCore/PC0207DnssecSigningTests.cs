using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0207DnssecSigningTests
{
    private static DocumentReport Evaluate(string roles, string signed) =>
        PackHarness.Evaluate($"network:\n  dns:\n    roles: {roles}\n    dnssecSignedPct: {signed}\n");

    [Fact]
    public void Evaluate_SomeZonesUnsigned_FailsWithValueInMessage()
    {
        var report = Evaluate("[authoritative]", "95");

        var finding = Assert.Single(report.Failures("PC0207"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("DNSSEC signs 95% of the authoritative zones; it must sign all of them", finding.Message);
    }

    [Fact]
    public void Evaluate_SomeZonesUnsigned_PointsAtTheValue()
    {
        var report = Evaluate("[registry]", "0");

        var location = Assert.Single(report.Failures("PC0207")).Location;
        Assert.Equal(("network.dns.dnssecSignedPct", 8, 22, 8, 23), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_AllZonesSigned_Passes()
    {
        var report = Evaluate("[authoritative, registrar]", "100");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0207"));
        Assert.Equal("network.dns.dnssecSignedPct", Assert.Single(report.Passes("PC0207")).Path);
    }

    [Fact]
    public void Evaluate_SignedShareNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("network:\n  dns:\n    roles: [authoritative]\n");

        var finding = Assert.Single(report.Insufficient("PC0207"));
        Assert.Equal("PC0207 applies but these paths are not declared: network.dns.dnssecSignedPct", finding.Message);
        Assert.Equal(("network.dns.dnssecSignedPct", 6, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
