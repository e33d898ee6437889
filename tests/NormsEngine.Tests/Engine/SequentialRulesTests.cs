using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.Packs;
using NormsEngine.ParisCall;
using NormsEngine.Rules;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// Rules that match only the document's context and organisation fire in sequence, without the Rete session, and
/// give exactly what the session gives; every other rule, and every rule of a set where one uses the NRules context,
/// goes through the session.
/// </summary>
public sealed class SequentialRulesTests
{
    private static readonly EvaluationOptions Options = new() { AsOf = new DateOnly(2026, 11, 1) };

    [Fact]
    public void Split_ParisCallPack_OnlyRulesJoiningSuppliersNeedTheSession()
    {
        var rules = new CompiledRules([new ParisCallPack("0.1.0")]);

        var matched = Matched([.. ((IRulePack)new ParisCallPack("0.1.0")).GetRuleDefinitions()], out var sequential);

        Assert.Equal(48, sequential.Count);
        Assert.Equal(
            ["PC0605SupplierSecurityClauses", "PC0606SupplierIncidentNotice", "PC0608SupplierAssessment"],
            matched.Select(r => r.Name[(r.Name.LastIndexOf('.') + 1)..]).Order(StringComparer.Ordinal));
        Assert.Equal(48, rules.Sequential.Count);
        Assert.True(rules.NeedsSession);
    }

    [Fact]
    public void Split_RulesOfOtherShapes_LeftToTheSession()
    {
        var definitions = Definitions(
            typeof(PlainRule),
            typeof(ConditionRule),
            typeof(SupplierRule),
            typeof(NoSupplierRule),
            typeof(FilteredRule),
            typeof(UndoRule),
            typeof(TwoOrganisationsRule),
            typeof(BindingRule));

        var matched = Matched(definitions, out var sequential);

        Assert.Equal(2, sequential.Count);
        Assert.Equal(
            [nameof(SupplierRule), nameof(NoSupplierRule), nameof(FilteredRule), nameof(UndoRule), nameof(TwoOrganisationsRule), nameof(BindingRule)],
            matched.Select(r => r.Name[(r.Name.LastIndexOf('+') + 1)..]));
    }

    [Fact]
    public void Split_OneRuleUsesTheNRulesContext_NoRuleIsSequential()
    {
        var definitions = Definitions(typeof(PlainRule), typeof(ConditionRule), typeof(SessionRule));

        var matched = Matched(definitions, out var sequential);

        Assert.Equal(0, sequential.Count);
        Assert.Equal(3, matched.Count);
    }

    [Theory]
    [InlineData("0.1.0", false)]
    [InlineData("0.2.0", false)]
    [InlineData("0.2.0", true)]
    public void EvaluateYaml_EverySampleAtSeveralDates_SameReportWithOrWithoutSequentialRules(string release, bool explain)
    {
        var samples = NormsEvaluatorAsyncTests.Samples().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToArray();
        DateOnly[] dates = [new(2020, 1, 1), new(2026, 11, 1), new(2031, 6, 30)];
        string[] Reports(NormsEvaluator evaluator) =>
        [
            .. dates.SelectMany(date => samples.Select(s =>
                NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, new EvaluationOptions { AsOf = date, Explain = explain })))),
        ];

        var sequential = Reports(new NormsEvaluator([new ParisCallPack(release)]));
        var session = Reports(new NormsEvaluator([new ParisCallPack(release)]) { Sequential = false });

        Assert.Equal(session, sequential);
        Assert.Contains("\"findings\"", sequential[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateYaml_ExampleYamlPacks_RulesWithoutForEachSequentialAndTheSameReports()
    {
        IRulePack[] packs =
        [
            new ParisCallPack(),
            .. new[] { "eu-nis2", "supplier-security" }.Select(name => RulePackFile.Load(RepositoryPaths.Combine("rules", "packs", name, "pack.yaml")).Pack!),
        ];
        var samples = NormsEvaluatorAsyncTests.Samples().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToArray();
        string[] Reports(NormsEvaluator evaluator) =>
            [.. samples.Select(s => NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, Options)))];

        var sequential = Reports(new NormsEvaluator(packs));
        var session = Reports(new NormsEvaluator(packs) { Sequential = false });

        var yamlRules = packs.OfType<YamlRulePack>().Sum(p => p.Descriptors.Count);
        var perSupplier = packs.OfType<YamlRulePack>().SelectMany(p => p.GetRuleDefinitions()).Count(r => r.LeftHandSide.ChildElements.OfType<PatternElement>().Any(e => e.ValueType == typeof(Supplier)));
        Assert.Equal(new CompiledRules([new ParisCallPack()]).Sequential.Count + yamlRules - perSupplier, new CompiledRules(packs).Sequential.Count);
        Assert.True(yamlRules - perSupplier > 0);
        Assert.Equal(session, sequential);
    }

    [Theory]
    [InlineData(true, new[] { "TSQ0001 roles.developsSoftware", "TSQ0002 roles.developsSoftware" })]
    [InlineData(false, new[] { "TSQ0001 roles.developsSoftware" })]
    public void Evaluate_ConditionOnTheOrganisation_RuleFiresOnlyWhenItHolds(bool developsSoftware, string[] expected)
    {
        var evaluator = new NormsEvaluator([new Pack(typeof(PlainRule), typeof(ConditionRule))]);

        var report = evaluator.Evaluate(Document(new Organisation { Roles = new Roles { DevelopsSoftware = developsSoftware } }), Options);

        Assert.Equal(expected, report.Passed.Select(p => p.RuleId + " " + p.Path));
    }

    [Fact]
    public void Evaluate_OnlySequentialRules_NoSessionAndTheSameReport()
    {
        var pack = new Pack(typeof(PlainRule), typeof(ConditionRule));
        var document = Document(new Organisation { Roles = new Roles { DevelopsSoftware = true } });

        var sequential = new NormsEvaluator([pack]).EvaluateAll([document], Options);
        var session = new NormsEvaluator([pack]) { Sequential = false }.EvaluateAll([document], Options);

        Assert.False(new CompiledRules([pack]).NeedsSession);
        Assert.Equal(NormsEvaluatorAsyncTests.Json(session), NormsEvaluatorAsyncTests.Json(sequential));
        Assert.Equal(2, sequential.Documents[0].Passed.Count);
    }

    [Theory]
    [InlineData(typeof(ThrowingActionRule), typeof(RuleRhsExpressionEvaluationException))]
    [InlineData(typeof(ThrowingConditionRule), typeof(RuleLhsExpressionEvaluationException))]
    public void Evaluate_SequentialRuleThrows_NRulesReportsItAsWithoutSequentialRules(Type rule, Type exception)
    {
        var pack = new Pack(typeof(PlainRule), rule, typeof(SupplierRule));
        var document = Document(new Organisation { SupplyChain = new SupplyChain { Suppliers = [new Supplier { Name = "s", Index = 0 }] } });

        var sequential = Assert.Throws(exception, () => new NormsEvaluator([pack]).Evaluate(document, Options));
        var session = Assert.Throws(exception, () => new NormsEvaluator([pack]) { Sequential = false }.Evaluate(document, Options));

        Assert.Equal(2, new CompiledRules([pack]).Sequential.Count);
        Assert.Equal(session.Message, sequential.Message);
        Assert.Equal(((RuleExecutionException)session).InnerException?.Message, sequential.InnerException?.Message);
        Assert.Equal(((RuleExpressionEvaluationException)session).Expression, ((RuleExpressionEvaluationException)sequential).Expression);
        Assert.Contains("failed on False", Assert.IsType<InvalidOperationException>(sequential.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateYaml_PatternBudgetSpentByConditions_ActionsRunAfterEveryConditionAsInTheSession()
    {
        // Three rules spend the document's pattern budget in appliesWhen (conditions), one in failsWhen (its action):
        // NRules tests every condition before any action, and so must the sequential rules.
        const string Slow = "{ metadata.name: { matches: '^(a)(a+)+\\1$' } }";
        static string Rule(string id, string? applies, string fails) =>
            $"  - id: {id}\n    title: T\n    principle: P1\n    severity: error\n    message: \"m\"\n"
            + (applies is null ? string.Empty : $"    appliesWhen: {applies}\n")
            + $"    failsWhen: {fails}\n";
        var pack = PackHarness.Load(PackHarness.PackHeader
            + Rule("T0001", null, Slow)
            + Rule("T0002", Slow, "{ metadata.name: { matches: '^x' } }")
            + Rule("T0003", Slow, "{ metadata.name: { matches: '^x' } }")
            + Rule("T0004", Slow, "{ metadata.name: { matches: '^x' } }"));
        var yaml = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: " + new string('a', 40) + "b\n  assessedOn: 2026-01-10\n";
        string T0001(NormsEvaluator evaluator) =>
            Assert.Single(evaluator.EvaluateYaml(yaml, "org.yaml").Documents[0].Findings, f => f.Message.Contains("T0001", StringComparison.Ordinal)).Message;

        // At least two conditions have run (200 ms or more) before any action, so T0001's test is never tried; had
        // its action run first, it would have spent 100 ms on its own test. (Which conditions ran depends on timing.)
        Assert.Equal(4, new CompiledRules([pack]).Sequential.Count);
        Assert.Contains("budget for pattern matching is spent", T0001(new NormsEvaluator([pack]) { Sequential = false }), StringComparison.Ordinal);
        Assert.Contains("budget for pattern matching is spent", T0001(new NormsEvaluator([pack])), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(ThrowsAfterFalseContextConditionRule))]
    [InlineData(typeof(ThrowsOutOfScopeRule))]
    public void Evaluate_ConditionThrowsWhereTheRuleCannotFire_BothThrowAsNRules(Type rule)
    {
        // NRules tests each pattern's conditions when its fact goes in, whatever the other pattern's conditions or
        // the rule's scope (an agenda filter) say.
        var pack = new Pack(rule);
        var document = Document(new Organisation());

        var session = Assert.Throws<RuleLhsExpressionEvaluationException>(() => new NormsEvaluator([pack]) { Sequential = false }.Evaluate(document, Options));
        var sequential = Assert.Throws<RuleLhsExpressionEvaluationException>(() => new NormsEvaluator([pack]).Evaluate(document, Options));

        Assert.Equal(1, new CompiledRules([pack]).Sequential.Count);
        Assert.Equal(session.Message, sequential.Message);
    }

    private static List<IRuleDefinition> Definitions(params Type[] ruleTypes) => [.. RuleDefinitions.FromTypes(ruleTypes)];

    private static IReadOnlyList<IRuleDefinition> Matched(IReadOnlyList<IRuleDefinition> definitions, out SequentialRules sequential)
    {
        sequential = SequentialRules.Split(definitions, ScopeGate.Build([]), new TieredExpressionCompiler(), out var matched);
        return matched;
    }

    private static NormsEngine.Documents.PracticesDocument Document(Organisation organisation) =>
        new(null, 0, 1, organisation, new NormsEngine.Documents.SourceMap(null, new NormsEngine.Documents.TextPoint(1, 1)), []);

    private static readonly RuleDescriptor Plain = Descriptor("TSQ0001");
    private static readonly RuleDescriptor Conditional = Descriptor("TSQ0002");
    private static readonly RuleDescriptor PerSupplier = Descriptor("TSQ0003");
    private static readonly RuleDescriptor Never = Descriptor("TSQ0004", "scope:never");

    private static RuleDescriptor Descriptor(string id, params string[] tags) =>
        RuleDescriptor.Create(id, "T", "m", "P6", Severity.Error, "d", "r", principle: "P6", tags: tags);

    /// <summary>A pack of the given rule classes over the three descriptors.</summary>
    private sealed class Pack(params Type[] ruleTypes) : IRulePack
    {
        public string Id => "sequential";

        public string Version => "1.0.0";

        public string Title => "Sequential";

        public string Owner => "tests";

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Plain, Conditional, PerSupplier, Never];

        public IReadOnlyList<Type> RuleTypes { get; } = ruleTypes;

        public IReadOnlyDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>();

        public IReadOnlyList<Principle> Principles { get; } = [new("P6", "Lifecycle", "text")];

        public IReadOnlyList<RuleScope> Scopes { get; } = [new("never", "never holds", [], _ => false)];
    }

    private sealed class PlainRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then().Do(_ => context.Pass(Plain, organisation, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class ConditionRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation, o => o.Roles.DevelopsSoftware, o => context.AsOf.Year > 2000);
            Then().Do(_ => context.Pass(Conditional, organisation, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class SupplierRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            Supplier supplier = null!;
            When().Match(() => context).Match(() => organisation).Match(() => supplier);
            Then().Do(_ => context.Pass(PerSupplier, supplier, s => s.Name));
        }
    }

    private sealed class NoSupplierRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation).Not<Supplier>();
            Then().Do(_ => context.Pass(Plain, organisation, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class FilteredRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Filter().Where(() => organisation.Roles.DevelopsSoftware);
            Then().Do(_ => context.Pass(Plain, organisation, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class UndoRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then()
                .Do(_ => context.Pass(Plain, organisation, o => o.Roles.DevelopsSoftware))
                .Undo(_ => context.Pass(Conditional, organisation, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class TwoOrganisationsRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation first = null!;
            Organisation second = null!;
            When().Match(() => context).Match(() => first).Match(() => second);
            Then().Do(_ => context.Pass(Plain, first, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class BindingRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            bool develops = false;
            When().Match(() => context).Match(() => organisation).Let(() => develops, () => organisation.Roles.DevelopsSoftware);
            Then().Do(_ => context.Pass(Plain, organisation, o => o.Roles.DevelopsSoftware));
        }
    }

    private sealed class SessionRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then().Do(ctx => ctx.Insert(new Supplier { Name = "inserted" }));
        }
    }

    private sealed class ThrowingActionRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then().Do(_ => Throw(context, organisation));
        }

        private static void Throw(RuleContext context, Organisation organisation) =>
            throw new InvalidOperationException($"rule failed on {organisation.Roles.DevelopsSoftware} at {context.AsOf:yyyy-MM-dd}");
    }

    private sealed class ThrowingConditionRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation, o => Fails(o));
            Then().Do(_ => context.Pass(Conditional, organisation, o => o.Roles.DevelopsSoftware));
        }

        private static bool Fails(Organisation organisation) =>
            throw new InvalidOperationException($"condition failed on {organisation.Roles.DevelopsSoftware}");
    }

    private sealed class ThrowsAfterFalseContextConditionRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context, c => c.AsOf.Year < 2000).Match(() => organisation, o => Fails(o));
            Then().Do(_ => context.Pass(Plain, organisation, o => o.Roles.DevelopsSoftware));
        }

        private static bool Fails(Organisation organisation) => throw new InvalidOperationException("condition failed");
    }

    private sealed class ThrowsOutOfScopeRule : Rule
    {
        public static readonly RuleDescriptor Descriptor = Never;

        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation, o => Fails(o));
            Then().Do(_ => context.Pass(Never, organisation, o => o.Roles.DevelopsSoftware));
        }

        private static bool Fails(Organisation organisation) => throw new InvalidOperationException("condition failed");
    }
}
