using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Rules;
using NormsEngine.Tests.TestSupport;

namespace NormsEngine.Tests.Packs;

/// <summary>Builds small YAML packs and practices documents for the pack tests, and reads one rule's outcome from a report.</summary>
internal static class PackHarness
{
    /// <summary>The document header (lines 1 to 5); the as-of date is 2026-01-10.</summary>
    public const string DocumentHeader = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n";

    /// <summary>The pack header (lines 1 to 5); the rules list starts on line 6.</summary>
    public const string PackHeader = "apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: t, version: 1.0.0, title: T }\nthresholds: { limitHours: 24 }\nrules:\n";

    public const string RuleId = "T0001";

    public static string FixturePath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "NormsEngine.Tests", "Packs", "fixtures", name);

    /// <summary>A one-rule pack: lines 6 to 10 are id, title, principle, severity and message; then forEach, appliesWhen, failsWhen.</summary>
    public static string OneRule(string failsWhen, string? appliesWhen = null, bool forEach = false, string message = "m") =>
        PackHeader +
        $"  - id: {RuleId}\n    title: T\n    principle: P1\n    severity: error\n    message: \"{message}\"\n" +
        (forEach ? "    forEach: supplyChain.suppliers\n" : string.Empty) +
        (appliesWhen is null ? string.Empty : $"    appliesWhen: {appliesWhen}\n") +
        $"    failsWhen: {failsWhen}\n";

    public static IRulePack Load(string packYaml, IEnumerable<string>? knownThresholds = null)
    {
        var result = RulePackFile.Parse(packYaml, "pack.yaml", knownThresholds);
        Assert.True(result.Errors.Count == 0, "The pack should load:\n" + string.Join("\n", result.Errors));
        return Assert.IsAssignableFrom<IRulePack>(result.Pack);
    }

    public static IReadOnlyList<Finding> Errors(string packYaml)
    {
        var result = RulePackFile.Parse(packYaml, "pack.yaml");
        Assert.Null(result.Pack);
        Assert.All(result.Errors, e => Assert.Equal("NE0101", e.RuleId));
        return result.Errors;
    }

    public static DocumentReport Evaluate(IRulePack pack, string body, EvaluationOptions? options = null) =>
        Assert.Single(new NormsEvaluator([pack]).EvaluateYaml(DocumentHeader + body, "org.yaml", options).Documents);

    /// <summary>The outcome of <paramref name="ruleId"/> for the whole document (one outcome expected).</summary>
    public static Outcome OutcomeOf(DocumentReport report, string ruleId = RuleId)
    {
        Assert.True(report.Evaluated, string.Join("\n", report.Findings));
        var outcomes = Outcomes(report, ruleId);
        return outcomes.Count == 0 ? Outcome.NotApplicable : Assert.Single(outcomes).Outcome;
    }

    /// <summary>Every outcome of a rule: (outcome, path), failures and insufficient data from findings, passes from the evidence.</summary>
    public static List<(Outcome Outcome, string Path)> Outcomes(DocumentReport report, string ruleId = RuleId) =>
    [
        .. report.Findings.Where(f => f.RuleId == ruleId).Select(f => (Outcome.Failed, f.Location.Path)),
        .. report.Findings.Where(f => f.RuleId == "NE0201" && f.Message.StartsWith(ruleId + " ", StringComparison.Ordinal)).Select(f => (Outcome.InsufficientData, f.Location.Path)),
        .. report.Passed.Where(p => p.RuleId == ruleId).Select(p => (Outcome.Passed, p.Path)),
    ];

    /// <summary>The one outcome of a one-rule pack with <paramref name="failsWhen"/> on the document body.</summary>
    public static Outcome Run(string failsWhen, string body, string? appliesWhen = null) =>
        OutcomeOf(Evaluate(Load(OneRule(failsWhen, appliesWhen)), body));
}
