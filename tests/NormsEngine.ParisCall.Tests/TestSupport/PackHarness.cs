using NormsEngine.Diagnostics;
using NormsEngine.Engine;

namespace NormsEngine.ParisCall.Tests.TestSupport;

/// <summary>Evaluates small practices documents with the Paris Call pack and reads one rule's outcomes.</summary>
internal static class PackHarness
{
    /// <summary>The as-of date every harness evaluation uses unless a test gives another.</summary>
    public static readonly DateOnly AsOf = new(2026, 10, 15);

    private static readonly NormsEvaluator Evaluator = new([new ParisCallPack()]);

    /// <summary>
    /// Evaluates a document made of the standard header and <paramref name="body"/> (YAML at the top level,
    /// e.g. "roles:\n  criticalInfrastructure: true\n"). The header takes lines 1 to 4, so the body's first
    /// line is line 5 of the document.
    /// </summary>
    public static DocumentReport Evaluate(string body, DateOnly? asOf = null, IReadOnlyDictionary<string, decimal>? thresholds = null)
    {
        var yaml = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n" + body;
        var report = Evaluator.EvaluateYaml(yaml, "test.yaml", new EvaluationOptions
        {
            AsOf = asOf ?? AsOf,
            Thresholds = thresholds ?? new Dictionary<string, decimal>(),
        });
        var document = Assert.Single(report.Documents);
        Assert.True(document.Evaluated, "The test document did not load: " + string.Join("; ", document.Findings));
        return document;
    }

    /// <summary>Evaluates a complete YAML text (header included).</summary>
    public static Report EvaluateText(string yaml, EvaluationOptions? options = null) =>
        Evaluator.EvaluateYaml(yaml, "test.yaml", options ?? new EvaluationOptions { AsOf = AsOf });

    /// <summary>The findings of rule <paramref name="ruleId"/> (failed outcomes).</summary>
    public static IReadOnlyList<Finding> Failures(this DocumentReport report, string ruleId) =>
        [.. report.Findings.Where(f => f.RuleId == ruleId)];

    /// <summary>The NE0201 findings that name rule <paramref name="ruleId"/> (insufficient data).</summary>
    public static IReadOnlyList<Finding> Insufficient(this DocumentReport report, string ruleId) =>
        [.. report.Findings.Where(f => f.RuleId == "NE0201" && f.Message.StartsWith(ruleId + " ", StringComparison.Ordinal))];

    /// <summary>The passed evidence of rule <paramref name="ruleId"/>.</summary>
    public static IReadOnlyList<PassedRule> Passes(this DocumentReport report, string ruleId) =>
        [.. report.Passed.Where(p => p.RuleId == ruleId)];

    /// <summary>The single outcome of <paramref name="ruleId"/> for the organisation (asserts there is at most one).</summary>
    public static Outcome OutcomeOf(this DocumentReport report, string ruleId)
    {
        var failed = report.Failures(ruleId).Count;
        var insufficient = report.Insufficient(ruleId).Count;
        var passed = report.Passes(ruleId).Count;
        Assert.True(failed + insufficient + passed <= 1, $"{ruleId} reported {failed} failures, {insufficient} insufficient, {passed} passes");
        return failed == 1 ? Outcome.Failed
            : insufficient == 1 ? Outcome.InsufficientData
            : passed == 1 ? Outcome.Passed
            : Outcome.NotApplicable;
    }
}
