using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.TestSupport;
using static NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.Tests.Packs;

/// <summary>
/// <c>matches</c> runs on the linear engine where it can, and every document has one total budget for pattern
/// matching: a catastrophic pattern costs the budget once per document, not its timeout once per item.
/// </summary>
public sealed class PatternBudgetTests
{
    /// <summary>Backtracks exponentially on a run of a's without the final a, and its backreference keeps it off the linear engine.</summary>
    private const string Catastrophic = @"^(a)(a+)+\1$";

    /// <summary>Far above what the budget allows, far below the 100 s a timeout per supplier took.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public void Compile_PlainPattern_UsesTheNonBacktrackingEngine()
    {
        var regex = PatternBudget.Compile("^(a+)+$");

        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(PatternBudget.MatchTimeout, regex.MatchTimeout);
    }

    [Theory]
    [InlineData(Catastrophic)]
    [InlineData("^(?=a)(a+)+$")]
    [InlineData("(?<=x)y")]
    [InlineData("(?>a+)b")]
    public void Compile_ConstructTheLinearEngineRejects_FallsBackToBacktrackingWithTheTimeout(string pattern)
    {
        var regex = PatternBudget.Compile(pattern);

        Assert.False(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(PatternBudget.MatchTimeout, regex.MatchTimeout);
    }

    [Fact]
    public void Compile_InvalidPattern_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => PatternBudget.Compile("(ab"));
    }

    [Fact]
    public void IsMatch_BudgetSpent_UnknownNamingTheBudgetWithoutMatching()
    {
        var budget = new PatternBudget(TimeSpan.Zero);

        var result = budget.IsMatch(new Regex("a"), "a", out var problem);

        Assert.Null(result);
        Assert.True(budget.IsSpent);
        Assert.Equal("matching /a/ was not tried: the document's 0 ms budget for pattern matching is spent", problem);
    }

    [Fact]
    public void IsMatch_WithinBudget_MatchesAndSpendsTheTimeTaken()
    {
        var budget = new PatternBudget(TimeSpan.FromSeconds(10));

        Assert.True(budget.IsMatch(new Regex("^a"), "abc", out var problem));
        Assert.Null(problem);
        Assert.False(budget.IsMatch(new Regex("^b"), "abc", out _));
        Assert.False(budget.IsSpent);
    }

    [Fact]
    public void Evaluate_CatastrophicPatternOverAThousandSuppliers_EndsWithinTheBudgetAsNe0201()
    {
        var pack = Load(OneRule($"{{ item.name: {{ matches: '{Catastrophic}' }} }}", forEach: true));
        var body = Suppliers(1000, new string('a', 40) + "b");

        var report = RunBounded(() => Evaluate(pack, body));

        var unknown = report.Findings.Where(f => f.RuleId == "NE0201").ToList();
        Assert.Equal(1000, unknown.Count);
        Assert.Equal(1000, unknown.Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(unknown, f => f.Message.Contains("took longer than 100 ms", StringComparison.Ordinal));
        var spent = unknown.Where(f => f.Message.EndsWith("the document's 250 ms budget for pattern matching is spent)", StringComparison.Ordinal)).ToList();

        // At most the budget over the 100 ms timeout, plus one, ran; every other supplier is unknown by the budget.
        Assert.True(spent.Count >= 996, $"{spent.Count} suppliers named the budget");
        Assert.Equal(
            "T0001 applies but these paths are not declared: supplyChain.suppliers[999].name (matching /^(a)(a+)+\\1$/ was not tried: the document's 250 ms budget for pattern matching is spent)",
            Assert.Single(unknown, f => f.Location.Path.StartsWith("supplyChain.suppliers[999]", StringComparison.Ordinal)).Message);
    }

    [Fact]
    public void Evaluate_ScopeAPatternCannotDecide_IsNe0201NotNotApplicable()
    {
        var pack = Load(OneRule("{ item.incidentNoticeHours: { greaterThan: 24 } }", appliesWhen: $"{{ item.name: {{ matches: '{Catastrophic}' }} }}", forEach: true));
        var body = Suppliers(20, new string('a', 40) + "b");

        var report = RunBounded(() => Evaluate(pack, body));

        var outcomes = report.Outcomes();
        Assert.Equal(20, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(Outcome.InsufficientData, o.Outcome));
        Assert.All(report.Findings.Where(f => f.RuleId == "NE0201"), f => Assert.Contains(".name (matching /", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ScopeAPatternDecides_StillFiltersAsBefore()
    {
        var pack = Load(OneRule("{ item.incidentNoticeHours: { greaterThan: 24 } }", appliesWhen: "{ item.name: { matches: '^Late' } }", forEach: true));
        var body = "supplyChain:\n  suppliers:\n    - name: Late Ltd\n      incidentNoticeHours: 48\n    - name: Other\n      incidentNoticeHours: 48\n";

        var report = Evaluate(pack, body);

        Assert.Equal([(Outcome.Failed, "supplyChain.suppliers[0].incidentNoticeHours")], report.Outcomes());
    }

    [Fact]
    public void Evaluate_EachDocument_HasItsOwnBudget()
    {
        var pack = Load(OneRule($"{{ item.name: {{ matches: '{Catastrophic}' }} }}", forEach: true));
        var evaluator = new NormsEvaluator([pack]);
        var body = DocumentHeader + Suppliers(10, "ab");

        // A spent budget in one document leaves the next one's whole: short names match at once.
        RunBounded(() => evaluator.EvaluateYaml(DocumentHeader + Suppliers(50, new string('a', 40) + "b"), "slow.yaml"));
        var report = RunBounded(() => evaluator.EvaluateYaml(body, "fast.yaml"));

        Assert.DoesNotContain(report.AllFindings, f => f.RuleId == "NE0201");
        Assert.Equal(10, report.Documents[0].Passed.Count(p => p.RuleId == RuleId));
    }

    private static string Suppliers(int count, string name)
    {
        var body = new StringBuilder("supplyChain:\n  suppliers:\n");
        for (var i = 0; i < count; i++)
        {
            body.Append("    - name: ").Append(name).Append('\n');
        }

        return body.ToString();
    }

    /// <summary>Runs <paramref name="evaluate"/>, failing (instead of hanging) when it does not end within <see cref="Bound"/>.</summary>
    private static T RunBounded<T>(Func<T> evaluate) => Bounded.Within(Bound, evaluate, "the evaluation");
}
