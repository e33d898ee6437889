using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0201RoaPublishedTests
{
    private static DocumentReport Evaluate(string asns, string coverage) =>
        PackHarness.Evaluate($"network:\n  asns: {asns}\n  routing:\n    roaCoveragePct: {coverage}\n");

    [Fact]
    public void Evaluate_NoRoas_FailsWithValueInMessage()
    {
        var report = Evaluate("[64500]", "0");

        var finding = Assert.Single(report.Failures("PC0201"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("RPKI ROAs cover 0% of the announced prefixes; a network operator must publish ROAs for them", finding.Message);
    }

    [Fact]
    public void Evaluate_NoRoas_PointsAtTheValue()
    {
        var report = Evaluate("[64500]", "0");

        var location = Assert.Single(report.Failures("PC0201")).Location;
        Assert.Equal(("network.routing.roaCoveragePct", 8, 21, 8, 22), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("87")]
    [InlineData("100")]
    public void Evaluate_SomeRoas_Passes(string coverage)
    {
        var report = Evaluate("[64500]", coverage);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0201"));
        Assert.Equal("network.routing.roaCoveragePct", Assert.Single(report.Passes("PC0201")).Path);
    }

    [Fact]
    public void Evaluate_CoverageNotDeclared_IsInsufficientDataAtTheRouting()
    {
        var report = PackHarness.Evaluate("network:\n  asns: [64500]\n  routing:\n    rovDropInvalid: true\n");

        var finding = Assert.Single(report.Insufficient("PC0201"));
        Assert.Equal("PC0201 applies but these paths are not declared: network.routing.roaCoveragePct", finding.Message);
        Assert.Equal(("network.routing.roaCoveragePct", 7, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
