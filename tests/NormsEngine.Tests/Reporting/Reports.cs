using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

/// <summary>Small hand-made reports for the formatter tests, and a helper that writes one with a formatter.</summary>
internal static class Reports
{
    public static readonly RuleDescriptor ErrorRule = RuleDescriptor.Create(
        "TST0101", "Admin accounts use MFA", "MFA covers {0}%", "Cyber hygiene", Severity.Error,
        "Admins must use MFA.", "Turn MFA on.", principle: "P7", references: ["CIS 6.5"], tags: ["test", "test"], packFolder: "test");

    public static readonly RuleDescriptor WarningRule = RuleDescriptor.Create(
        "TST0201", "Patches are applied in time", "Patched every {0} days", "Lifecycle security", Severity.Warning,
        "Patch quickly.", "Patch.", principle: "P6", packFolder: "test");

    public static readonly RuleDescriptor InfoRule = RuleDescriptor.Create(
        "TST0301", "The Call is endorsed", "Not endorsed", "International norms", Severity.Info,
        "Endorse it.", "Endorse.", principle: "P9", packFolder: "test");

    /// <summary>A rule from a pack that documents none of its rules: no help link.</summary>
    public static readonly RuleDescriptor PagelessRule = RuleDescriptor.Create(
        "TST0401", "Data is classified", "Not classified", "Intellectual property", Severity.Warning,
        "Classify data.", "Write a classification scheme.", principle: "P4");

    public static readonly Principle P6 = new("P6", "Lifecycle security", "Text six.");
    public static readonly Principle P7 = new("P7", "Cyber hygiene", "Text seven.");
    public static readonly Principle P9 = new("P9", "International norms", "Text nine.");

    public static Finding Finding(RuleDescriptor rule, string message, int line, string path = "a.b", string file = "org.yaml", Severity? severity = null) =>
        new(rule, message, new SourceLocation(file, path, line, 3, line, 9)) { Severity = severity ?? rule.DefaultSeverity, Fingerprint = $"fp-{rule.Id}-{line}" };

    /// <summary>
    /// One document with an error (active), a warning (suppressed in source), a warning (baselined), an info
    /// (active) and two passed rules; a run finding from the configuration; fails on warning.
    /// </summary>
    public static Report Sample()
    {
        var findings = new[]
        {
            Finding(ErrorRule, "MFA covers 80%", 4, "hygiene.mfa.adminPct") with { BaselineState = BaselineState.New },
            Finding(WarningRule, "Patched every 45 days", 7, "hygiene.patching.osCadenceDays") with
            {
                Suppression = new Suppression(SuppressionKind.InSource, "Legacy system, retired in May", "it@example.org", new DateOnly(2027, 5, 31), new SourceLocation("org.yaml", "hygiene.patching.osCadenceDays", 6, 5, 6, 40)),
                BaselineState = BaselineState.New,
            },
            Finding(WarningRule, "Patched every 60 days", 8, "hygiene.patching.serverCadenceDays") with { BaselineState = BaselineState.Unchanged },
            Finding(InfoRule, "Not endorsed", 12, "norms.parisCall.endorsed") with { BaselineState = BaselineState.New },
        };
        var document = new DocumentReport
        {
            File = "org.yaml",
            Name = "Test Org",
            AsOf = new DateOnly(2026, 1, 10),
            AsOfSource = AsOfSource.Document,
            Evaluated = true,
            Findings = findings,
            Passed = [new PassedRule("TST0102", "P7", "hygiene.mfa.remotePct"), new PassedRule("TST0302", "P9", "norms.isacs")],
            Principles =
            [
                new PrincipleResult { Principle = P6, Verdict = Verdict.NotSatisfied, Score = 0m, FailedWarning = 2, Suppressed = 1, Baselined = 1 },
                new PrincipleResult { Principle = P7, Verdict = Verdict.NotSatisfied, Score = 50m, Passed = 1, FailedError = 1 },
                new PrincipleResult { Principle = P9, Verdict = Verdict.PartiallySatisfied, Score = 50m, Passed = 1, FailedInfo = 1 },
            ],
        };
        var stale = Finding(EngineDiagnostics.SuppressionUnused, "The suppression of TST0999 matched nothing", 3, "suppressions[0]", "norms.config.yaml");
        return new Report
        {
            Documents = [document],
            RunFindings = [stale],
            Settings = new RunSettings
            {
                ConfigurationFile = "norms.config.yaml",
                FailOn = Severity.Warning,
                Packs = ["test"],
                SeverityOverrides = new Dictionary<string, Severity> { ["TST0201"] = Severity.Warning, ["TST03*"] = Severity.Info, ["P5"] = Severity.None, ["TST0999"] = Severity.None },
                ThresholdOverrides = new Dictionary<string, decimal> { ["patchCadenceDays"] = 30m },
            },
            Baseline = new BaselineSummary("norms.baseline.json", 3, 1, 0),
            ToolVersion = "9.9.9",
        };
    }

    /// <summary>A report with one document holding just these findings.</summary>
    public static Report With(params Finding[] findings) => new()
    {
        Documents =
        [
            new DocumentReport
            {
                File = "org.yaml",
                Evaluated = true,
                Findings = findings,
                Principles = [new PrincipleResult { Principle = P7, Verdict = Verdict.Satisfied, Score = 100m, Passed = 1 }],
            },
        ],
    };

    public static string Write(IReportFormatter formatter, Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(report, writer);
        return writer.ToString();
    }
}
