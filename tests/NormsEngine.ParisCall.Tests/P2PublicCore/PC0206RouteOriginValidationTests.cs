using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0206RouteOriginValidationTests
{
    private static DocumentReport Evaluate(string kinds, string rov) =>
        PackHarness.Evaluate($"network:\n  kinds: {kinds}\n  routing:\n    rovDropInvalid: {rov}\n");

    [Fact]
    public void Evaluate_InvalidRoutesNotDropped_Fails()
    {
        var report = Evaluate("[isp]", "false");

        var finding = Assert.Single(report.Failures("PC0206"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("RPKI-invalid routes are not dropped (network.routing.rovDropInvalid is false); an ISP or transit provider must drop them", finding.Message);
    }

    [Fact]
    public void Evaluate_InvalidRoutesNotDropped_PointsAtTheValue()
    {
        var report = Evaluate("[transit, cdnCloud]", "false");

        var location = Assert.Single(report.Failures("PC0206")).Location;
        Assert.Equal(("network.routing.rovDropInvalid", 8, 21, 8, 26), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_InvalidRoutesDropped_Passes()
    {
        var report = Evaluate("[transit]", "true");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0206"));
        Assert.Equal("network.routing.rovDropInvalid", Assert.Single(report.Passes("PC0206")).Path);
    }

    [Fact]
    public void Evaluate_RovNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("network:\n  kinds: [isp]\n  routing:\n    customerPrefixFiltering: true\n");

        var finding = Assert.Single(report.Insufficient("PC0206"));
        Assert.Equal("PC0206 applies but these paths are not declared: network.routing.rovDropInvalid", finding.Message);
        Assert.Equal(("network.routing.rovDropInvalid", 7, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
