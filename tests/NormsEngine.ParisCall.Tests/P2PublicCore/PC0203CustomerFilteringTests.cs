using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0203CustomerFilteringTests
{
    private static DocumentReport Evaluate(string kinds, string filtering) =>
        PackHarness.Evaluate($"network:\n  kinds: {kinds}\n  routing:\n    customerPrefixFiltering: {filtering}\n");

    [Fact]
    public void Evaluate_NoCustomerFiltering_Fails()
    {
        var report = Evaluate("[transit]", "false");

        var finding = Assert.Single(report.Failures("PC0203"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Customers' route announcements are not filtered (network.routing.customerPrefixFiltering is false); a transit provider must filter them", finding.Message);
    }

    [Fact]
    public void Evaluate_NoCustomerFiltering_PointsAtTheValue()
    {
        var report = Evaluate("[isp]", "false");

        var location = Assert.Single(report.Failures("PC0203")).Location;
        Assert.Equal(("network.routing.customerPrefixFiltering", 8, 30, 8, 35), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_CustomerFiltering_Passes()
    {
        var report = Evaluate("[transit]", "true");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0203"));
        Assert.Equal("network.routing.customerPrefixFiltering", Assert.Single(report.Passes("PC0203")).Path);
    }

    [Fact]
    public void Evaluate_FilteringNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("network:\n  kinds: [transit]\n  routing:\n    rovDropInvalid: true\n");

        var finding = Assert.Single(report.Insufficient("PC0203"));
        Assert.Equal("PC0203 applies but these paths are not declared: network.routing.customerPrefixFiltering", finding.Message);
        Assert.Equal(("network.routing.customerPrefixFiltering", 7, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
