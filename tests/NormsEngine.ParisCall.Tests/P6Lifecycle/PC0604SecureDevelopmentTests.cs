using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0604SecureDevelopmentTests
{
    private const string Failing = """
        roles:
          developsSoftware: true
        lifecycle:
          sdlc:
            documented: false
        """;

    [Fact]
    public void Evaluate_SdlcNotDocumented_Fails()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0604"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("The secure development lifecycle is not documented; a software producer must document one", finding.Message);
    }

    [Fact]
    public void Evaluate_SdlcNotDocumented_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0604")).Location;
        Assert.Equal(("lifecycle.sdlc.documented", 9, 17, 9, 22), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_SdlcDocumented_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              sdlc:
                documented: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0604"));
        Assert.Equal("lifecycle.sdlc.documented", Assert.Single(report.Passes("PC0604")).Path);
    }

    [Fact]
    public void Evaluate_DocumentedNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              sbom:
                produced: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0604"));
        Assert.Equal("PC0604 applies but these paths are not declared: lifecycle.sdlc.documented", finding.Message);
        Assert.Equal(("lifecycle.sdlc.documented", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
