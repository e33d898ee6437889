using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Tests.Engine;

namespace NormsEngine.Tests.Configuration;

public class SuppressionPolicyTests
{
    private const string Header = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n";

    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Report Evaluate(string body, EvaluationOptions? options = null, string file = "docs/t.yaml") =>
        new NormsEvaluator([new TestPack()], new FixedTimeProvider(Now)).EvaluateYaml(Header + body, file, options);

    private static Finding Admin(Report report) => Assert.Single(report.Documents[0].Findings, f => f.RuleId == "TST0101");

    [Fact]
    public void Evaluate_IgnoreCommentOnTheLineAbove_SuppressesAndKeepsTheVerdict()
    {
        var report = Evaluate("hygiene:\n  mfa:\n    # norms-ignore TST0101: legacy console retired in March\n    adminPct: 80\n");

        var finding = Admin(report);
        var suppression = finding.Suppression!;
        Assert.Equal((SuppressionKind.InSource, "legacy console retired in March"), (suppression.Kind, suppression.Justification));
        Assert.Equal(("docs/t.yaml", "hygiene.mfa.adminPct", 8, 5), (suppression.Source!.File, suppression.Source.Path, suppression.Source.Line, suppression.Source.Column));
        Assert.False(finding.IsActive);

        // evaluation.md: a suppression decides what fails the run, never the verdict; it is counted beside it.
        var p1 = report.Documents[0].Principles[0];
        Assert.Equal((Verdict.NotSatisfied, 0m, 1, 1, 0), (p1.Verdict, p1.Score, p1.FailedError, p1.Suppressed, p1.Baselined));
        Assert.False(report.Fails(Severity.Error));
    }

    [Fact]
    public void Evaluate_IgnoreCommentOnASectionLine_CoversItsChildren()
    {
        var report = Evaluate("hygiene:   # norms-ignore TST0101, TST0201: tracked in RISK-12\n  mfa: { adminPct: 80 }\n  patching: { osCadenceDays: 90 }\n");

        Assert.True(Admin(report).IsSuppressed);
        Assert.True(Assert.Single(report.Documents[0].Findings, f => f.RuleId == "TST0201").IsSuppressed);
    }

    [Fact]
    public void Evaluate_IgnoreCommentForAnotherRule_DoesNotSuppressAndIsStale()
    {
        var report = Evaluate("hygiene:\n  mfa:\n    adminPct: 80   # norms-ignore TST0201: wrong rule\n");

        Assert.False(Admin(report).IsSuppressed);
        var stale = Assert.Single(report.Documents[0].Findings, f => f.RuleId == "NE0302");
        Assert.Equal((8, 20), (stale.Location.Line, stale.Location.Column));
    }

    [Fact]
    public void Evaluate_IgnoreCommentWithoutJustification_IsNe0303AndDoesNotSuppress()
    {
        var report = Evaluate("hygiene:\n  mfa:\n    adminPct: 80   # norms-ignore TST0101\n");

        Assert.False(Admin(report).IsSuppressed);
        Assert.Equal(Severity.Error, Assert.Single(report.Documents[0].Findings, f => f.RuleId == "NE0303").Severity);
    }

    [Theory]
    [InlineData("# norms-ignore TST0101", "# norms-ignore TST0101: why the finding is accepted")]
    [InlineData("# norms-ignore TST0101,TST02* because", "# norms-ignore TST0101, TST02*: why the finding is accepted")]
    [InlineData("# norms-ignore TST0101:   ", "# norms-ignore TST0101: why the finding is accepted")]
    [InlineData("# norms-ignore: accepted", "# norms-ignore <rule ID>: why the finding is accepted")]
    public void Evaluate_IgnoreCommentWithoutJustification_ExampleNamesTheCommentsOwnRules(string comment, string example)
    {
        var report = Evaluate($"hygiene:\n  mfa:\n    adminPct: 80   {comment}\n");

        var finding = Assert.Single(report.Documents[0].Findings, f => f.RuleId == "NE0303");
        Assert.Equal($"A norms-ignore comment needs rule IDs and a justification: '{example}'; it is not applied.", finding.Message);
    }

    [Fact]
    public void Evaluate_IgnoreComment_AlsoCoversTheRulesInsufficientData()
    {
        var report = Evaluate("hygiene:\n  # norms-ignore TST0101: MFA figures come with the Q3 audit\n  training: { annualCompletionPct: 95 }\n  mfa: {}\n");

        Assert.Contains(report.Documents[0].Findings, f => f.RuleId == "NE0201" && f.Message.StartsWith("TST0101", StringComparison.Ordinal) && !f.IsSuppressed);
        var suppressed = Evaluate("hygiene:\n  # norms-ignore TST0101: MFA figures come with the Q3 audit\n  mfa: {}\n");
        Assert.True(Assert.Single(suppressed.Documents[0].Findings, f => f.RuleId == "NE0201" && f.Message.StartsWith("TST0101", StringComparison.Ordinal)).IsSuppressed);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("hygiene.mfa.adminPct", null, true)]
    [InlineData("hygiene.*", null, true)]
    [InlineData("hygiene.patching.*", null, false)]
    [InlineData(null, "docs/**/*.yaml", true)]
    [InlineData(null, "other/*.yaml", false)]
    public void Evaluate_ConfigurationSuppression_MatchesRulePathAndDocument(string? path, string? document, bool suppressed)
    {
        var rule = new SuppressionRule { Rule = "TST0101", Path = path, Document = document, Justification = "accepted by the CISO", Owner = "ciso@example.org" };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", new EvaluationOptions { Suppressions = [rule] }, "docs/team/t.yaml");

        Assert.Equal(suppressed, Admin(report).IsSuppressed);
        Assert.Equal(suppressed ? 0 : 1, report.RunFindings.Count(f => f.RuleId == "NE0302"));
        if (suppressed)
        {
            Assert.Equal(SuppressionKind.External, Admin(report).Suppression!.Kind);
        }
    }

    [Fact]
    public void Evaluate_ExpiredConfigurationSuppression_IsNe0301AndNotApplied()
    {
        var rule = new SuppressionRule { Rule = "TST0101", Justification = "until the migration", Expires = new DateOnly(2026, 5, 31) };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", new EvaluationOptions { Suppressions = [rule] });

        Assert.False(Admin(report).IsSuppressed);
        Assert.Equal("NE0301", Assert.Single(report.RunFindings).RuleId);
        Assert.True(report.Fails(Severity.Error));
    }

    [Fact]
    public void Evaluate_ConfigurationSuppressionExpiringToday_StillApplies()
    {
        var rule = new SuppressionRule { Rule = "TST0101", Justification = "until the migration", Expires = new DateOnly(2026, 6, 1) };

        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", new EvaluationOptions { Suppressions = [rule] });

        Assert.True(Admin(report).IsSuppressed);
        Assert.Empty(report.RunFindings);
    }

    [Fact]
    public void Evaluate_ConfigurationSuppressionWithoutJustification_IsNe0303AndNotApplied()
    {
        var report = Evaluate("hygiene: { mfa: { adminPct: 80 } }\n", new EvaluationOptions { Suppressions = [new SuppressionRule { Rule = "TST0101" }] });

        Assert.False(Admin(report).IsSuppressed);
        Assert.Equal("NE0303", Assert.Single(report.RunFindings).RuleId);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
