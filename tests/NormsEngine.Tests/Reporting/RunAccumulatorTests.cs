using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Tests.Engine;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// The run-level results of a run streamed document by document (<see cref="RunAccumulator"/>) are those of
/// <see cref="NormsEvaluator.EvaluateAll"/> over the same documents: NE0301, NE0302 and NE0303 in the same order,
/// and the same baseline summary.
/// </summary>
public class RunAccumulatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly NormsEvaluator Evaluator = new([new TestPack()], new FixedClock(Now));

    private static IReadOnlyList<PracticesDocument> Documents()
    {
        var loader = new DocumentLoader();
        return
        [
            .. loader.Load(Document("hygiene: { mfa: { adminPct: 80 }, patching: { osCadenceDays: 45 } }\nnorms: { sharesThreatIntel: false }\n"), "a.yaml"),
            .. loader.Load(Document("hygiene: { mfa: { adminPct: 100 } }\n") + "---\n" + Document("hygiene: { mfa: { adminPct: 50 } }\n"), "b.yaml"),
            .. loader.Load("apiVersion: norms/v1\nkind: Organisation\nmetadata: [\n", "broken.yaml"),
            .. loader.Load(Document("hygiene: { patching: { osCadenceDays: 90 } }\n"), "c.yaml"),
        ];
    }

    [Fact]
    public void RunFindings_EverySuppressionProblem_SameAsEvaluateAll()
    {
        var options = new EvaluationOptions
        {
            Suppressions =
            [
                Rule("TST0101", 1, "Accepted", document: "a.yaml"),
                Rule("TST0201", 2, "Matches nothing here", path: "hygiene.mfa.adminPct"),
                Rule("TST0301", 3, "Expired", expires: new DateOnly(2026, 1, 1)),
                Rule("TST0401", 4, justification: null),
                Rule("TST0101", 5, "Not in this document", document: "nowhere.yaml"),
                Rule("TST02*", 6, "Every cadence"),
            ],
        };

        var (whole, streamed) = Both(options);

        Assert.Equal(Describe(whole.RunFindings), Describe(streamed.RunFindings()));
        Assert.Equal(["NE0302", "NE0301", "NE0303", "NE0302"], streamed.RunFindings().Select(f => f.RuleId));
        Assert.Null(streamed.BaselineSummary());
    }

    [Fact]
    public void BaselineSummary_NewUnchangedAndAbsent_SameAsEvaluateAll()
    {
        var first = Evaluator.EvaluateAll(Documents());
        var accepted = first.AllFindings.Select(f => f.Fingerprint).Where(f => f.Length > 0).Take(3).Append("gone-1").Append("gone-2");
        var options = new EvaluationOptions { Baseline = new Baseline(accepted, "norms.baseline.json") };

        var (whole, streamed) = Both(options);

        Assert.Equal(whole.Baseline, streamed.BaselineSummary());
        Assert.Equal(new BaselineSummary("norms.baseline.json", whole.Baseline!.New, 3, 2), streamed.BaselineSummary());
        Assert.True(whole.Baseline.New > 0);
        Assert.Empty(streamed.RunFindings());
    }

    private static (Report Whole, RunAccumulator Streamed) Both(EvaluationOptions options)
    {
        var whole = Evaluator.EvaluateAll(Documents(), options);
        var streamed = Evaluator.StartRun(options);
        foreach (var document in Documents())
        {
            streamed.Add(Evaluator.Evaluate(document, options));
        }

        Assert.Equal(whole.Documents.Count, streamed.Documents);
        return (whole, streamed);
    }

    private static string Document(string body) =>
        "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n" + body;

    private static SuppressionRule Rule(string rule, int line, string? justification, string? path = null, string? document = null, DateOnly? expires = null) => new()
    {
        Rule = rule,
        Path = path,
        Document = document,
        Justification = justification,
        Expires = expires,
        Location = new SourceLocation("norms.config.yaml", $"suppressions[{line - 1}]", line, 5, line, 12),
    };

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Location}: {f.Severity} {f.RuleId}: {f.Message}")];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
