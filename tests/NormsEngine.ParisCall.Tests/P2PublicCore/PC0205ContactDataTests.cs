using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P2PublicCore;

public class PC0205ContactDataTests
{
    private static DocumentReport Evaluate(string routing) =>
        PackHarness.Evaluate($"network:\n  asns: [64500]\n  routing:\n{routing}");

    [Fact]
    public void Evaluate_PeeringDbNotCurrent_FailsAtPeeringDb()
    {
        var report = Evaluate("    peeringDbCurrent: false\n    rirContactsCurrent: true\n");

        var finding = Assert.Single(report.Failures("PC0205"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("The contact data in PeeringDB is not current (network.routing.peeringDbCurrent is false); a network operator must keep it current", finding.Message);
        Assert.Equal(("network.routing.peeringDbCurrent", 8, 23, 8, 28), (finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
    }

    [Fact]
    public void Evaluate_RirContactsNotCurrent_FailsAtRirContacts()
    {
        var report = Evaluate("    peeringDbCurrent: true\n    rirContactsCurrent: false\n");

        var finding = Assert.Single(report.Failures("PC0205"));
        Assert.Equal("The contact data at the regional Internet registry is not current (network.routing.rirContactsCurrent is false); a network operator must keep it current", finding.Message);
        Assert.Equal(("network.routing.rirContactsCurrent", 9, 25), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Evaluate_BothCurrent_Passes()
    {
        var report = Evaluate("    peeringDbCurrent: true\n    rirContactsCurrent: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0205"));
        Assert.Equal("network.routing.peeringDbCurrent", Assert.Single(report.Passes("PC0205")).Path);
    }

    [Fact]
    public void Evaluate_PeeringDbNotDeclaredAndRirContactsCurrent_IsInsufficientDataForPeeringDbOnly()
    {
        // unknown OR false is unknown.
        var report = Evaluate("    rirContactsCurrent: true\n");

        var finding = Assert.Single(report.Insufficient("PC0205"));
        Assert.Equal("PC0205 applies but these paths are not declared: network.routing.peeringDbCurrent", finding.Message);
        Assert.Equal(("network.routing.peeringDbCurrent", 7, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
