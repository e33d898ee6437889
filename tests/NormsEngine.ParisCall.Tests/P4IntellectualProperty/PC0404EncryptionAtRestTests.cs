using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P4IntellectualProperty;

public class PC0404EncryptionAtRestTests
{
    [Fact]
    public void Evaluate_NotEncryptedAtRest_Fails()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              encryptSensitiveAtRest: false
            """);

        var finding = Assert.Single(report.Failures("PC0404"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Sensitive data is not encrypted at rest; trade secrets and confidential business information must be", finding.Message);
    }

    [Fact]
    public void Evaluate_NotEncryptedAtRest_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              encryptSensitiveAtRest: false
            """);

        var location = Assert.Single(report.Failures("PC0404")).Location;
        Assert.Equal(("intellectualProperty.encryptSensitiveAtRest", 8, 27, 8, 32), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_EncryptedAtRest_Passes()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              encryptSensitiveAtRest: true
            """);

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0404"));
        Assert.Equal("intellectualProperty.encryptSensitiveAtRest", Assert.Single(report.Passes("PC0404")).Path);
    }

    [Fact]
    public void Evaluate_EncryptionNotDeclared_IsInsufficientData()
    {
        var report = PackHarness.Evaluate("""
            roles:
              holdsTradeSecrets: true
            intellectualProperty:
              dlpCoverage: full
            """);

        var finding = Assert.Single(report.Insufficient("PC0404"));
        Assert.Equal("PC0404 applies but these paths are not declared: intellectualProperty.encryptSensitiveAtRest", finding.Message);
        Assert.Equal(("intellectualProperty.encryptSensitiveAtRest", 7, 1), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
