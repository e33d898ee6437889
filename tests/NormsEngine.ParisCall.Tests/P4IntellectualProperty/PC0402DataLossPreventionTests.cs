using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P4IntellectualProperty;

public class PC0402DataLossPreventionTests
{
    [Fact]
    public void Evaluate_NoDlp_Fails()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              dlpCoverage: none
            """);

        var finding = Assert.Single(report.Failures("PC0402"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Data-loss prevention coverage is none; trade secrets need data-loss prevention on the channels they can leave by", finding.Message);
    }

    [Fact]
    public void Evaluate_NoDlp_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              dlpCoverage: none
            """);

        var location = Assert.Single(report.Failures("PC0402")).Location;
        Assert.Equal(("intellectualProperty.dlpCoverage", 8, 16, 8, 20), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Theory]
    [InlineData("partial")]
    [InlineData("full")]
    public void Evaluate_PartialOrFullDlp_Passes(string coverage)
    {
        var report = PackHarness.Evaluate($"roles:\n  holdsTradeSecrets: true\nintellectualProperty:\n  dlpCoverage: {coverage}\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0402"));
        Assert.Equal("intellectualProperty.dlpCoverage", Assert.Single(report.Passes("PC0402")).Path);
    }

    [Fact]
    public void Evaluate_DlpNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              classificationScheme: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0402"));
        Assert.Equal("PC0402 applies but these paths are not declared: intellectualProperty.dlpCoverage", finding.Message);
        Assert.Equal(("intellectualProperty.dlpCoverage", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
