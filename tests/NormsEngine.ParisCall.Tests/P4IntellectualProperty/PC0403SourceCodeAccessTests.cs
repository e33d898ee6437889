using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P4IntellectualProperty;

public class PC0403SourceCodeAccessTests
{
    [Fact]
    public void Evaluate_SourceCodeOpen_Fails()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            intellectualProperty:
              sourceCodeAccessRestricted: false
            """);

        var finding = Assert.Single(report.Failures("PC0403"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Source code access is not restricted; a software producer must grant it on a need-to-know basis", finding.Message);
    }

    [Fact]
    public void Evaluate_SourceCodeOpen_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            intellectualProperty:
              sourceCodeAccessRestricted: false
            """);

        var location = Assert.Single(report.Failures("PC0403")).Location;
        Assert.Equal(("intellectualProperty.sourceCodeAccessRestricted", 8, 31, 8, 36), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_SourceCodeRestricted_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            intellectualProperty:
              sourceCodeAccessRestricted: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0403"));
        Assert.Equal("intellectualProperty.sourceCodeAccessRestricted", Assert.Single(report.Passes("PC0403")).Path);
    }

    [Fact]
    public void Evaluate_SourceCodeAccessNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            intellectualProperty:
              classificationScheme: true
            """);

        var finding = Assert.Single(report.Insufficient("PC0403"));
        Assert.Equal("PC0403 applies but these paths are not declared: intellectualProperty.sourceCodeAccessRestricted", finding.Message);
        Assert.Equal(("intellectualProperty.sourceCodeAccessRestricted", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
