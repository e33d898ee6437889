using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P4IntellectualProperty;

public class PC0401ClassificationSchemeTests
{
    [Fact]
    public void Evaluate_NoClassificationScheme_Fails()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              classificationScheme: false
            """);

        var finding = Assert.Single(report.Failures("PC0401"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("No data classification scheme covers intellectual property; trade secrets and source code must be classified before they can be protected", finding.Message);
    }

    [Fact]
    public void Evaluate_NoClassificationScheme_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              classificationScheme: false
            """);

        var location = Assert.Single(report.Failures("PC0401")).Location;
        Assert.Equal(("intellectualProperty.classificationScheme", 8, 25, 8, 30), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_ClassificationScheme_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              developsSoftware: true
            intellectualProperty:
              classificationScheme: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0401"));
        Assert.Equal("intellectualProperty.classificationScheme", Assert.Single(report.Passes("PC0401")).Path);
    }

    [Fact]
    public void Evaluate_ClassificationSchemeNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              dlpCoverage: full
            """);

        var finding = Assert.Single(report.Insufficient("PC0401"));
        Assert.Equal("PC0401 applies but these paths are not declared: intellectualProperty.classificationScheme", finding.Message);
        Assert.Equal(("intellectualProperty.classificationScheme", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
