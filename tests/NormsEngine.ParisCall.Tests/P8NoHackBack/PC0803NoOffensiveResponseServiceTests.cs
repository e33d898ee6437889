using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P8NoHackBack;

public class PC0803NoOffensiveResponseServiceTests
{
    private const string Provider = "roles:\n  securityServicesProvider: true\n";
    private const string Offers = "hackBack:\n  offersOffensiveResponse: true\n";

    [Fact]
    public void Evaluate_OffersCounterAttacks_Fails()
    {
        var report = PackHarness.Evaluate(Provider + Offers);

        var finding = Assert.Single(report.Failures("PC0803"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Counter-attacks are offered to clients (hackBack.offersOffensiveResponse: true); a non-State security provider must not hack back for others", finding.Message);
    }

    [Fact]
    public void Evaluate_DoesNotOfferCounterAttacks_Passes()
    {
        var report = PackHarness.Evaluate(Provider + "hackBack:\n  offersOffensiveResponse: false\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0803"));
        Assert.Equal("hackBack.offersOffensiveResponse", Assert.Single(report.Passes("PC0803")).Path);
    }

    [Fact]
    public void Evaluate_OfferNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate(Provider);

        var finding = Assert.Single(report.Insufficient("PC0803"));
        Assert.Equal("hackBack.offersOffensiveResponse", finding.Location.Path);
        Assert.Equal((1, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_OffersCounterAttacks_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Provider + Offers);

        var location = Assert.Single(report.Failures("PC0803")).Location;
        Assert.Equal(("hackBack.offersOffensiveResponse", 8, 28, 8, 32), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }
}
