using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.ParisCall;
using NormsEngine.Rules;

namespace NormsEngine.TestSupport;

/// <summary>
/// Evaluates small practices documents with a pack and reads one rule's outcomes from the report: with the Paris Call
/// pack (its rule tests), or with a small YAML pack built here (the rule language's tests).
/// </summary>
public static class PackHarness
{
    /// <summary>The document header of the YAML pack tests (lines 1 to 5); the as-of date is 2026-01-10.</summary>
    public const string DocumentHeader = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n";

    /// <summary>The document header of the Paris Call rule tests (lines 1 to 4), without a date: the as-of date comes from the options.</summary>
    public const string ParisCallHeader = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test Org\n";

    /// <summary>The pack header (lines 1 to 5); the rules list starts on line 6.</summary>
    public const string PackHeader = "apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: t, version: 1.0.0, title: T }\nthresholds: { limitHours: 24 }\nrules:\n";

    /// <summary>The ID of the rule <see cref="OneRule"/> writes.</summary>
    public const string RuleId = "T0001";

    /// <summary>The as-of date every Paris Call evaluation uses unless a test gives another.</summary>
    public static readonly DateOnly AsOf = new(2026, 10, 15);

    private static readonly Lazy<NormsEvaluator> ParisCall = new(() => new NormsEvaluator([new ParisCallPack()]));

    /// <summary>A pack file of the library tests (<c>tests/NormsEngine.Tests/Packs/fixtures</c>).</summary>
    public static string FixturePath(string name) => RepositoryPaths.Combine("tests", "NormsEngine.Tests", "Packs", "fixtures", name);

    /// <summary>A one-rule pack: lines 6 to 10 are id, title, principle, severity and message; then forEach, appliesWhen, failsWhen.</summary>
    public static string OneRule(string failsWhen, string? appliesWhen = null, bool forEach = false, string message = "m") =>
        PackHeader +
        $"  - id: {RuleId}\n    title: T\n    principle: P1\n    severity: error\n    message: \"{message}\"\n" +
        (forEach ? "    forEach: supplyChain.suppliers\n" : string.Empty) +
        (appliesWhen is null ? string.Empty : $"    appliesWhen: {appliesWhen}\n") +
        $"    failsWhen: {failsWhen}\n";

    /// <summary>Loads a YAML pack that must load without errors.</summary>
    public static IRulePack Load(string packYaml, IEnumerable<string>? knownThresholds = null)
    {
        var result = RulePackFile.Parse(packYaml, "pack.yaml", knownThresholds);
        Assert.True(result.Errors.Count == 0, "The pack should load:\n" + string.Join("\n", result.Errors));
        return Assert.IsAssignableFrom<IRulePack>(result.Pack);
    }

    /// <summary>The NE0101 errors of a YAML pack that must not load.</summary>
    public static IReadOnlyList<Finding> Errors(string packYaml)
    {
        var result = RulePackFile.Parse(packYaml, "pack.yaml");
        Assert.Null(result.Pack);
        Assert.All(result.Errors, e => Assert.Equal("NE0101", e.RuleId));
        return result.Errors;
    }

    /// <summary>Evaluates <see cref="DocumentHeader"/> followed by <paramref name="body"/> (which starts on line 6) with <paramref name="pack"/>.</summary>
    public static DocumentReport Evaluate(IRulePack pack, string body, EvaluationOptions? options = null) =>
        Assert.Single(new NormsEvaluator([pack]).EvaluateYaml(DocumentHeader + body, "org.yaml", options).Documents);

    /// <summary>
    /// Evaluates a document made of <see cref="ParisCallHeader"/> and <paramref name="body"/> (YAML at the top level,
    /// e.g. "roles:\n  criticalInfrastructure: true\n") with the Paris Call pack. The header takes lines 1 to 4, so the
    /// body's first line is line 5 of the document. The document must load.
    /// </summary>
    public static DocumentReport Evaluate(string body, DateOnly? asOf = null, IReadOnlyDictionary<string, decimal>? thresholds = null)
    {
        var report = EvaluateText(ParisCallHeader + body, new EvaluationOptions
        {
            AsOf = asOf ?? AsOf,
            Thresholds = thresholds ?? new Dictionary<string, decimal>(),
        });
        var document = Assert.Single(report.Documents);
        Assert.True(document.Evaluated, "The test document did not load: " + string.Join("; ", document.Findings));
        return document;
    }

    /// <summary>Evaluates a complete YAML text (header included) with the Paris Call pack, at <see cref="AsOf"/> unless the options say otherwise.</summary>
    public static Report EvaluateText(string yaml, EvaluationOptions? options = null) =>
        ParisCall.Value.EvaluateYaml(yaml, "test.yaml", options ?? new EvaluationOptions { AsOf = AsOf });

    /// <summary>The one-rule pack of <paramref name="failsWhen"/> on the document body: the rule's one outcome.</summary>
    public static Outcome Run(string failsWhen, string body, string? appliesWhen = null) =>
        Evaluate(Load(OneRule(failsWhen, appliesWhen)), body).OutcomeOf();

    /// <summary>The findings of rule <paramref name="ruleId"/> (failed outcomes).</summary>
    public static IReadOnlyList<Finding> Failures(this DocumentReport report, string ruleId) =>
        [.. report.Findings.Where(f => f.RuleId == ruleId)];

    /// <summary>The NE0201 findings that name rule <paramref name="ruleId"/> (insufficient data).</summary>
    public static IReadOnlyList<Finding> Insufficient(this DocumentReport report, string ruleId) =>
        [.. report.Findings.Where(f => f.RuleId == "NE0201" && f.Message.StartsWith(ruleId + " ", StringComparison.Ordinal))];

    /// <summary>The passed evidence of rule <paramref name="ruleId"/>.</summary>
    public static IReadOnlyList<PassedRule> Passes(this DocumentReport report, string ruleId) =>
        [.. report.Passed.Where(p => p.RuleId == ruleId)];

    /// <summary>Every outcome of a rule: (outcome, path), failures and insufficient data from findings, passes from the evidence.</summary>
    public static List<(Outcome Outcome, string Path)> Outcomes(this DocumentReport report, string ruleId = RuleId) =>
    [
        .. report.Failures(ruleId).Select(f => (Outcome.Failed, f.Location.Path)),
        .. report.Insufficient(ruleId).Select(f => (Outcome.InsufficientData, f.Location.Path)),
        .. report.Passes(ruleId).Select(p => (Outcome.Passed, p.Path)),
    ];

    /// <summary>The one outcome of <paramref name="ruleId"/> for the document: not applicable when it has none, and a failure when it has more than one.</summary>
    public static Outcome OutcomeOf(this DocumentReport report, string ruleId = RuleId)
    {
        Assert.True(report.Evaluated, string.Join("\n", report.Findings));
        var outcomes = report.Outcomes(ruleId);
        Assert.True(outcomes.Count <= 1, $"{ruleId} reported {outcomes.Count} outcomes: {string.Join(", ", outcomes)}");
        return outcomes.Count == 0 ? Outcome.NotApplicable : outcomes[0].Outcome;
    }
}
