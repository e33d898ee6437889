using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0602SecurityTxtTests
{
    private const string Failing = """
        roles:
          developsSoftware: true
        lifecycle:
          disclosure:
            published: true
            securityTxt: false
        """;

    [Fact]
    public void Evaluate_NoSecurityTxt_Fails()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0602"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("A vulnerability-disclosure policy is published but no /.well-known/security.txt points to it; researchers must be able to find it there", finding.Message);
    }

    [Fact]
    public void Evaluate_NoSecurityTxt_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0602")).Location;
        Assert.Equal(("lifecycle.disclosure.securityTxt", 10, 18, 10, 23), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_SecurityTxtPublished_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              disclosure:
                published: true
                securityTxt: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0602"));
        Assert.Equal("lifecycle.disclosure.securityTxt", Assert.Single(report.Passes("PC0602")).Path);
    }

    [Fact]
    public void Evaluate_SecurityTxtNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              disclosure:
                published: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0602"));
        Assert.Equal("PC0602 applies but these paths are not declared: lifecycle.disclosure.securityTxt", finding.Message);
        Assert.Equal(("lifecycle.disclosure.securityTxt", 8, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
