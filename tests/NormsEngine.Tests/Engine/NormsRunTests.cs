using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// A run (<see cref="NormsRun"/>) gives what <see cref="NormsEvaluator.EvaluateAll"/> gives over the same documents,
/// whatever order they are evaluated in: NE0301, NE0302 and NE0303 in the configuration's order, the same baseline
/// summary and the same counts; inputs handed to it come back in input order, unreadable ones as NE0008.
/// </summary>
public class NormsRunTests
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

        Assert.Equal(Describe(whole.RunFindings), Describe(streamed.RunFindings));
        Assert.Equal(["NE0302", "NE0301", "NE0303", "NE0302"], streamed.RunFindings.Select(f => f.RuleId));
        Assert.Null(streamed.Baseline);
    }

    [Fact]
    public void RunFindings_SeveritiesConfiguredForSuppressionDiagnostics_TakeThemOrLeaveThemOut()
    {
        var severities = new Dictionary<string, Severity> { ["NE0302"] = Severity.Info, ["NE0301"] = Severity.Error, ["NE0303"] = Severity.None };
        var options = new EvaluationOptions
        {
            Severities = severities,
            Suppressions =
            [
                Rule("TST0201", 2, "Matches nothing here", path: "hygiene.mfa.adminPct"),
                Rule("TST0301", 3, "Expired", expires: new DateOnly(2026, 1, 1)),
                Rule("TST0401", 4, justification: null),
            ],
        };

        var (whole, streamed) = Both(options);

        Assert.Equal(Describe(whole.RunFindings), Describe(streamed.RunFindings));
        Assert.Equal([("NE0302", Severity.Info), ("NE0301", Severity.Error)], streamed.RunFindings.Select(f => (f.RuleId, f.Severity)));
    }

    [Fact]
    public void Evaluate_UnusedCommentWithConfiguredSeverity_ReportedAtThatSeverity()
    {
        var document = new DocumentLoader().Load(Document("# norms-ignore TST0101: not here\nhygiene: { mfa: { adminPct: 100 } }\n"), "d.yaml").Single();

        var info = Evaluator.Evaluate(document, new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["NE0302"] = Severity.Info } });
        var off = Evaluator.Evaluate(document, new EvaluationOptions { Severities = new Dictionary<string, Severity> { ["NE0302"] = Severity.None } });

        Assert.Equal(Severity.Info, Assert.Single(info.Findings, f => f.RuleId == "NE0302").Severity);
        Assert.DoesNotContain(off.Findings, f => f.RuleId == "NE0302");
    }

    [Fact]
    public void BaselineSummary_NewUnchangedAndAbsent_SameAsEvaluateAll()
    {
        var first = Evaluator.EvaluateAll(Documents());
        var accepted = first.AllFindings.Select(f => f.Fingerprint).Where(f => f.Length > 0).Take(3).Append("gone-1").Append("gone-2");
        var options = new EvaluationOptions { Baseline = new Baseline(accepted, "norms.baseline.json") };

        var (whole, streamed) = Both(options);

        Assert.Equal(whole.Baseline, streamed.Baseline);
        Assert.Equal(new BaselineSummary("norms.baseline.json", whole.Baseline!.New, 3, 2), streamed.Baseline);
        Assert.True(whole.Baseline.New > 0);
        Assert.Empty(streamed.RunFindings);
    }

    [Fact]
    public void Evaluate_DocumentsInAnyOrderFromSeveralThreads_SameCountsAsEvaluateAll()
    {
        var whole = Evaluator.EvaluateAll(Documents());
        var run = Evaluator.StartRun();

        Parallel.ForEach(Documents().Reverse(), document => run.Evaluate(document));
        var result = run.Complete();

        Assert.Equal(ReportSummaryOf(ReportTally.Of(whole)), ReportSummaryOf(result.Tally));
        Assert.False(result.HasUnreadableInputs);
    }

    [Fact]
    public void Evaluate_Sources_ReportsInInputOrderAndUnreadableOnesAsNe0008InInputOrder()
    {
        using var workspace = new Workspace("norms-run-");
        workspace.Write("a.yaml", Document("hygiene: { mfa: { adminPct: 80 } }\n"));
        workspace.Write("c.yaml", Document("hygiene: { mfa: { adminPct: 100 } }\n---\n") + Document("hygiene: { mfa: { adminPct: 90 } }\n"));
        var sources = new[] { "a.yaml", "missing-b.yaml", "c.yaml", "missing-d/" }
            .Select(name => DocumentSource.FromFile(workspace.PathOf(name), name))
            .Append(DocumentSource.FromYaml(Document("hygiene: { mfa: { adminPct: 10 } }\n"), "text.yaml"));
        var run = Evaluator.StartRun(maxDegreeOfParallelism: 2);

        var inputs = run.Evaluate(sources).ToList();
        var result = run.Complete();

        Assert.Equal(["a.yaml", "missing-b.yaml", "c.yaml", "missing-d/", "text.yaml"], inputs.Select(i => i.Source.Name));
        Assert.Equal([1, 0, 2, 0, 1], inputs.Select(i => i.Documents.Count));
        Assert.True(inputs[2].HasSeveralDocuments);
        Assert.Equal("the file 'missing-b.yaml' does not exist.", inputs[1].Problem);
        Assert.Equal("the folder 'missing-d/' does not exist.", inputs[3].Problem);
        Assert.Equal(["missing-b.yaml", "missing-d/"], result.RunFindings.Select(f => f.Location.File));
        Assert.All(result.RunFindings, f => Assert.Equal("NE0008", f.RuleId));
        Assert.True(result.HasUnreadableInputs);
        Assert.Equal(4, result.Tally.Documents);
        Assert.True(result.Tally.Fails(Severity.Error));
    }

    [Fact]
    public async Task EvaluateAsync_Sources_SameReportsAsEvaluate()
    {
        var sources = Enumerable.Range(0, 12).Select(i => DocumentSource.FromYaml(Document($"hygiene: {{ mfa: {{ adminPct: {i * 9} }} }}\n"), $"doc-{i}.yaml")).ToList();

        var synchronous = Evaluator.StartRun(maxDegreeOfParallelism: 3).Evaluate(sources).SelectMany(i => i.Documents).ToList();
        var asynchronous = new List<DocumentReport>();
        await foreach (var input in Evaluator.StartRun(maxDegreeOfParallelism: 3).EvaluateAsync(sources))
        {
            asynchronous.AddRange(input.Documents);
        }

        Assert.Equal(synchronous.Select(d => (d.File, Describe(d.Findings).Count)), asynchronous.Select(d => (d.File, Describe(d.Findings).Count)));
        Assert.Equal(sources.Select(s => s.Name), asynchronous.Select(d => d.File));
    }

    [Fact]
    public void StartRun_InvalidParallelism_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.StartRun(maxDegreeOfParallelism: 0));

    private static string ReportSummaryOf(ReportTally tally) => NormsEngine.Reporting.ReportSummary.Describe(tally);

    private static (Report Whole, RunResult Streamed) Both(EvaluationOptions options)
    {
        var whole = Evaluator.EvaluateAll(Documents(), options);
        var run = Evaluator.StartRun(options);

        // Any order: the run's judgement does not depend on it.
        foreach (var document in Documents().Reverse())
        {
            run.Evaluate(document);
        }

        var streamed = run.Complete();
        Assert.Equal(whole.Documents.Count, streamed.Tally.Documents);
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
