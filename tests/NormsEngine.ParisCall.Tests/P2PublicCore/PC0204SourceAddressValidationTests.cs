using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0204SourceAddressValidationTests
{
    private static DocumentReport Evaluate(string asns, string validation) =>
        PackHarness.Evaluate($"network:\n  asns: {asns}\n  routing:\n    sourceAddressValidation: {validation}\n");

    [Fact]
    public void Evaluate_NoSourceAddressValidation_Fails()
    {
        var report = Evaluate("[64500]", "false");

        var finding = Assert.Single(report.Failures("PC0204"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Source address validation is not in place (network.routing.sourceAddressValidation is false); a network operator must block spoofed traffic", finding.Message);
    }

    [Fact]
    public void Evaluate_NoSourceAddressValidation_PointsAtTheValue()
    {
        var report = Evaluate("[64500]", "false");

        var location = Assert.Single(report.Failures("PC0204")).Location;
        Assert.Equal(("network.routing.sourceAddressValidation", 8, 30, 8, 35), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_SourceAddressValidation_Passes()
    {
        var report = Evaluate("[64500]", "true");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0204"));
        Assert.Equal("network.routing.sourceAddressValidation", Assert.Single(report.Passes("PC0204")).Path);
    }

    [Fact]
    public void Evaluate_ValidationNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("network:\n  asns: [64500]\n  routing:\n    roaCoveragePct: 100\n");

        var finding = Assert.Single(report.Insufficient("PC0204"));
        Assert.Equal("PC0204 applies but these paths are not declared: network.routing.sourceAddressValidation", finding.Message);
        Assert.Equal(("network.routing.sourceAddressValidation", 7, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
