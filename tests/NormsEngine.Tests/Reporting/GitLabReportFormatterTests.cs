using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class GitLabReportFormatterTests
{
    [Fact]
    public void Write_Sample_OneObjectPerActiveFindingWithGitLabsProperties()
    {
        var issues = Issues(Reports.Sample());

        // The suppressed and the baselined warnings are left out; the run finding comes last.
        Assert.Equal(
            [
                ("TST0101: MFA covers 80%", "TST0101", "critical", "org.yaml", 4, 4),
                ("TST0301: Not endorsed", "TST0301", "info", "org.yaml", 12, 12),
                ("NE0302: The suppression of TST0999 matched nothing", "NE0302", "major", "norms.config.yaml", 3, 3),
            ],
            issues.Select(i => (
                i.GetProperty("description").GetString(),
                i.GetProperty("check_name").GetString(),
                i.GetProperty("severity").GetString(),
                i.GetProperty("location").GetProperty("path").GetString(),
                i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(),
                i.GetProperty("location").GetProperty("lines").GetProperty("end").GetInt32())));
        Assert.All(issues, i => Assert.Equal(["description", "check_name", "fingerprint", "severity", "location"], i.EnumerateObject().Select(p => p.Name)));
        Assert.All(issues, i => Assert.Matches("^[0-9a-f]{32}$", i.GetProperty("fingerprint").GetString()));
    }

    [Fact]
    public void Write_Sample_FingerprintsArePinned()
    {
        // GitLab matches a merge request's findings with its target branch's by fingerprint: a change here turns
        // every finding of every project into one fixed and one new. Pinned so that it cannot change unnoticed.
        var fingerprints = Issues(Reports.Sample()).Select(i => i.GetProperty("fingerprint").GetString()).ToList();

        Assert.Equal(
            [
                GitLabReportFormatter.Hash("org.yaml#0\nfp-TST0101-4"),
                GitLabReportFormatter.Hash("org.yaml#0\nfp-TST0301-12"),
                GitLabReportFormatter.Hash("norms.config.yaml#run\nfp-NE0302-3"),
            ],
            fingerprints);
        Assert.Equal("a17c09cc314e1c426db237be53a3da1b", GitLabReportFormatter.Hash("org.yaml#0\nfp-TST0101-4"));
    }

    [Theory]
    [InlineData(Severity.Error, false, "critical")]
    [InlineData(Severity.Warning, false, "major")]
    [InlineData(Severity.Info, false, "info")]
    [InlineData(Severity.Error, true, "blocker")]
    public void SeverityOf_Severity_GitLabSeverity(Severity severity, bool blocks, string expected) =>
        Assert.Equal(expected, GitLabReportFormatter.SeverityOf(Reports.Finding(Reports.ErrorRule, "m", 1, severity: severity), blocks));

    [Fact]
    public void Write_SameRuleAtTwoLocations_TwoFingerprints()
    {
        var report = Reports.With(
            Reports.Finding(Reports.WarningRule, "a", 3, "suppliers[0].x") with { Fingerprint = "aaaa" },
            Reports.Finding(Reports.WarningRule, "b", 9, "suppliers[1].x") with { Fingerprint = "bbbb" });

        var fingerprints = Fingerprints(report);

        Assert.Equal(2, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_FindingsSharingTheirFingerprint_EachGetsItsOwn()
    {
        // Two findings of the same rule at the same YAML path (a key given twice) share the engine's fingerprint;
        // GitLab would show them as one.
        var report = Reports.With(
            Reports.Finding(EngineDiagnostics.DuplicateKey, "dup", 3, "hygiene.mfa") with { Fingerprint = "same" },
            Reports.Finding(EngineDiagnostics.DuplicateKey, "dup", 7, "hygiene.mfa") with { Fingerprint = "same" },
            Reports.Finding(EngineDiagnostics.DuplicateKey, "dup", 9, "hygiene.mfa") with { Fingerprint = "same" });

        var fingerprints = Fingerprints(report);

        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_SameFingerprintInTwoDocuments_DifferentFingerprints()
    {
        var finding = Reports.Finding(Reports.ErrorRule, "m", 4) with { Fingerprint = "same" };
        var document = Reports.With(finding).Documents[0];
        var report = new Report
        {
            Documents =
            [
                document,
                document with { Index = 1 },
                document with { File = "other.yaml", Findings = [Reports.Finding(Reports.ErrorRule, "m", 4, file: "other.yaml") with { Fingerprint = "same" }] },
            ],
        };

        var fingerprints = Fingerprints(report);

        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_LinesMovedAndMessagesChanged_SameFingerprints()
    {
        // Stable between runs: inserting lines above findings (or a value that changes a message) keeps them.
        var before = Reports.Sample();
        var document = before.Documents[0];
        var after = before with
        {
            Documents = [document with { Findings = [.. document.Findings.Select(f => new Finding(f.Descriptor, f.Message + " now", f.Location with { Line = f.Location.Line + 5, EndLine = f.Location.EndLine + 5 }) { Severity = f.Severity, Fingerprint = f.Fingerprint, Suppression = f.Suppression, BaselineState = f.BaselineState })] }],
        };

        Assert.Equal(Fingerprints(before), Fingerprints(after));
    }

    [Fact]
    public void Write_RunFindingsWithoutFingerprints_DistinctAndSameOnEveryRun()
    {
        Finding Stale(string path, int line) =>
            new(EngineDiagnostics.SuppressionUnused, $"The suppression at {path} matched nothing", new SourceLocation("norms.config.yaml", path, line, 5, line, 9));
        var report = new Report { RunFindings = [Stale("suppressions[0]", 4), Stale("suppressions[1]", 8), Stale("suppressions[1]", 8)] };
        var moved = new Report { RunFindings = [Stale("suppressions[0]", 14), Stale("suppressions[1]", 18), Stale("suppressions[1]", 18)] };

        var fingerprints = Fingerprints(report);

        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(fingerprints, Fingerprints(moved));
    }

    [Theory]
    [InlineData("<stdin>", "<stdin>")]
    [InlineData(null, "<input>")]
    [InlineData("./policies\\org.yaml", "policies/org.yaml")]
    [InlineData("policies/a b.yaml", "policies/a b.yaml")]
    public void Write_File_PathGitLabReads(string? file, string expected)
    {
        var finding = new Finding(Reports.ErrorRule, "m", new SourceLocation(file, "a", 2, 1, 2, 5)) { Fingerprint = "f" };
        var report = new Report { Documents = [Reports.With(finding).Documents[0] with { File = file }] };

        var issue = Assert.Single(Issues(report));

        Assert.Equal(expected, issue.GetProperty("location").GetProperty("path").GetString());
    }

    [Fact]
    public void Write_NoPosition_LineOne()
    {
        var finding = new Finding(EngineDiagnostics.InputUnreadable, "unreadable", new SourceLocation("x.yaml", string.Empty, 0, 0, 0, 0));

        var issue = Assert.Single(Issues(new Report { RunFindings = [finding] }));

        Assert.Equal(1, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal(1, issue.GetProperty("location").GetProperty("lines").GetProperty("end").GetInt32());
    }

    [Fact]
    public void Write_DocumentNotEvaluatedWithItsErrorBaselined_ReportedAsBlocker()
    {
        // It fails the run whatever its baseline state: the merge request must say why.
        var error = Reports.Finding(EngineDiagnostics.InvalidYaml, "not valid YAML", 3) with { BaselineState = BaselineState.Unchanged };
        var baselinedWarning = Reports.Finding(EngineDiagnostics.UnknownField, "unknown", 5, severity: Severity.Warning) with { BaselineState = BaselineState.Unchanged };
        var report = Reports.With(error, baselinedWarning);
        report = report with { Documents = [report.Documents[0] with { Evaluated = false }] };

        var issue = Assert.Single(Issues(report));

        Assert.Equal(("NE0001", "blocker"), (issue.GetProperty("check_name").GetString(), issue.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Write_SeverityNone_LeftOut()
    {
        var report = Reports.With(Reports.Finding(Reports.InfoRule, "off", 2, severity: Severity.None));

        Assert.Equal("[]\n", Reports.Write(new GitLabReportFormatter(), report));
    }

    [Fact]
    public void Write_NoFindings_EmptyArrayNoByteOrderMark()
    {
        var output = Reports.Write(new GitLabReportFormatter(), new Report());

        Assert.Equal("[]\n", output);
    }

    [Fact]
    public void Write_QuotesBackslashesAndControlCharacters_ValidJsonWithTheValueShown()
    {
        var finding = new Finding(Reports.ErrorRule, "a \"quoted\" C:\\path\r\nnext\u001b[2J", new SourceLocation("dir\\\"x\".yaml", "a", 2, 1, 2, 5)) { Fingerprint = "f" };

        var issue = Assert.Single(Issues(Reports.With(finding)));

        Assert.Equal("TST0101: a \"quoted\" C:\\path\\r\\nnext\\u001B[2J", issue.GetProperty("description").GetString());
        Assert.Equal("dir/\"x\".yaml", issue.GetProperty("location").GetProperty("path").GetString());
    }

    private static List<JsonElement> Issues(Report report)
    {
        using var json = JsonDocument.Parse(Reports.Write(new GitLabReportFormatter(), report));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static List<string> Fingerprints(Report report) =>
        [.. Issues(report).Select(i => i.GetProperty("fingerprint").GetString()!)];
}
