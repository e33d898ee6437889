using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0202RoaCoverageTests
{
    private static DocumentReport Evaluate(string asns, string coverage) =>
        PackHarness.Evaluate($"network:\n  asns: {asns}\n  routing:\n    roaCoveragePct: {coverage}\n");

    [Fact]
    public void Evaluate_PartialCoverage_FailsWithValueInMessage()
    {
        var report = Evaluate("[64500]", "87");

        var finding = Assert.Single(report.Failures("PC0202"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("RPKI ROAs cover 87% of the announced prefixes; they must cover all of them", finding.Message);
    }

    [Fact]
    public void Evaluate_PartialCoverage_PointsAtTheValue()
    {
        var report = Evaluate("[64500, 64501]", "99.5");

        var location = Assert.Single(report.Failures("PC0202")).Location;
        Assert.Equal(("network.routing.roaCoveragePct", 8, 21, 8, 25), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Theory]
    [InlineData("100")]
    [InlineData("0")]
    public void Evaluate_FullOrNoCoverage_Passes(string coverage)
    {
        // 0 is PC0201's failure, not PC0202's: the two rules never both fail.
        var report = Evaluate("[64500]", coverage);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0202"));
        Assert.Equal("network.routing.roaCoveragePct", Assert.Single(report.Passes("PC0202")).Path);
    }

    [Fact]
    public void Evaluate_CoverageNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("network:\n  asns: [64500]\n");

        var finding = Assert.Single(report.Insufficient("PC0202"));
        Assert.Equal("PC0202 applies but these paths are not declared: network.routing.roaCoveragePct", finding.Message);
        Assert.Equal(("network.routing.roaCoveragePct", 5, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
