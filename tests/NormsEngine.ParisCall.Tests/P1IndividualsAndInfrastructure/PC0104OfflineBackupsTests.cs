using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.P1IndividualsAndInfrastructure;

public class PC0104OfflineBackupsTests
{
    private const string EssentialService = "roles:\n  criticalInfrastructure: true\n";

    [Fact]
    public void Evaluate_NoOfflineBackup_Fails()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  backups:\n    offlineOrImmutable: false\n");

        var finding = Assert.Single(report.Failures("PC0104"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("No backup copy is offline or immutable (resilience.backups.offlineOrImmutable is false); an essential service must keep at least one", finding.Message);
    }

    [Fact]
    public void Evaluate_NoOfflineBackup_PointsAtTheValue()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  backups:\n    offlineOrImmutable: false\n");

        var location = Assert.Single(report.Failures("PC0104")).Location;
        Assert.Equal(("resilience.backups.offlineOrImmutable", 9, 25, 9, 30), (location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Evaluate_OfflineBackup_Passes()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  backups:\n    offlineOrImmutable: true\n");

        Assert.Equal(Outcome.Passed, report.OutcomeOf("PC0104"));
        Assert.Equal("resilience.backups.offlineOrImmutable", Assert.Single(report.Passes("PC0104")).Path);
    }

    [Fact]
    public void Evaluate_OfflineBackupNotDeclared_IsInsufficientDataAtTheBackups()
    {
        var report = PackHarness.Evaluate(EssentialService + "resilience:\n  backups:\n    lastRestoreTest: 2026-05-01\n");

        var finding = Assert.Single(report.Insufficient("PC0104"));
        Assert.Equal("PC0104 applies but these paths are not declared: resilience.backups.offlineOrImmutable", finding.Message);
        Assert.Equal(("resilience.backups.offlineOrImmutable", 8, 3), (finding.Location.Path, finding.Location.Line, finding.Location.Column));
    }
}
