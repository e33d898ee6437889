using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0603SbomTests
{
    private const string Failing = """
        roles:
          developsSoftware: true
        lifecycle:
          sbom:
            produced: false
        """;

    [Fact]
    public void Evaluate_NoSbom_Fails()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0603"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No software bill of materials is produced for the software shipped; a software producer must produce one", finding.Message);
    }

    [Fact]
    public void Evaluate_NoSbom_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0603")).Location;
        Assert.Equal(("lifecycle.sbom.produced", 9, 15, 9, 20), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_SbomProduced_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              sbom:
                produced: true
                format: cyclonedx
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0603"));
        Assert.Equal("lifecycle.sbom.produced", Assert.Single(report.Passes("PC0603")).Path);
    }

    [Fact]
    public void Evaluate_ProducedNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              sbom:
                format: spdx
            """);

        var finding = Assert.Single(report.Insufficient("PC0603"));
        Assert.Equal("PC0603 applies but these paths are not declared: lifecycle.sbom.produced", finding.Message);
        Assert.Equal(("lifecycle.sbom.produced", 8, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
