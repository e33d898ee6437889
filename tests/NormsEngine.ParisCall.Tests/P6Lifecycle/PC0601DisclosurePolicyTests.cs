using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P6Lifecycle;

public class PC0601DisclosurePolicyTests
{
    private const string Failing = """
        roles:
          developsSoftware: true
        lifecycle:
          disclosure:
            published: false
        """;

    [Fact]
    public void Evaluate_NoDisclosurePolicy_Fails()
    {
        var report = PackHarness.Evaluate(Failing);

        var finding = Assert.Single(report.Failures("PC0601"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("No vulnerability-disclosure policy is published; a software producer must publish one", finding.Message);
    }

    [Fact]
    public void Evaluate_NoDisclosurePolicy_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(Failing);

        var location = Assert.Single(report.Failures("PC0601")).Location;
        Assert.Equal(("lifecycle.disclosure.published", 9, 16, 9, 21), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_DisclosurePolicyPublished_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              disclosure:
                published: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0601"));
        Assert.Equal("lifecycle.disclosure.published", Assert.Single(report.Passes("PC0601")).Path);
    }

    [Fact]
    public void Evaluate_PublishedNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            lifecycle:
              disclosure:
                url: https://vendor.example/vdp
            """);

        var finding = Assert.Single(report.Insufficient("PC0601"));
        Assert.Equal("PC0601 applies but these paths are not declared: lifecycle.disclosure.published", finding.Message);
        Assert.Equal(("lifecycle.disclosure.published", 8, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
