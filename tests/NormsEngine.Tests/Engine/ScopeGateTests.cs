using NRules.Fluent.Dsl;
using NRules.RuleModel;
using NormsEngine.Packs;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// A C# rule whose descriptor names a scope its pack describes applies only when that scope holds, decided by the
/// engine once per document (<see cref="ScopeGate"/>); rules naming no scope, or one the pack does not describe, are
/// left to their own conditions.
/// </summary>
public sealed class ScopeGateTests
{
    private static readonly EvaluationOptions Options = new() { AsOf = new DateOnly(2026, 11, 1) };

    private static Organisation Organisation(bool developsSoftware, int suppliers) => new()
    {
        Roles = new Roles { DevelopsSoftware = developsSoftware },
        SupplyChain = new SupplyChain { Suppliers = [.. Enumerable.Range(0, suppliers).Select(i => new Supplier { Name = "s" + i, Index = i })] },
    };

    private static IReadOnlyList<string> Outcomes(ScopedPack pack, Organisation organisation)
    {
        var report = new NormsEvaluator([pack]).Evaluate(new PracticesDocumentStub(organisation).Document, Options);
        return [.. report.Passed.Select(p => p.RuleId + " " + p.Path).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Evaluate_ScopeDoesNotHold_RulesNamingItGiveNoOutcome()
    {
        var outcomes = Outcomes(new ScopedPack(), Organisation(developsSoftware: false, suppliers: 2));

        Assert.Equal(["TSC0103 roles.developsSoftware", "TSC0104 roles.developsSoftware"], outcomes);
    }

    [Fact]
    public void Evaluate_ScopeHolds_RulesNamingItApplyOncePerTarget()
    {
        var outcomes = Outcomes(new ScopedPack(), Organisation(developsSoftware: true, suppliers: 2));

        Assert.Equal(
            [
                "TSC0101 roles.developsSoftware",
                "TSC0102 supplyChain.suppliers[0].name",
                "TSC0102 supplyChain.suppliers[1].name",
                "TSC0103 roles.developsSoftware",
                "TSC0104 roles.developsSoftware",
            ],
            outcomes);
    }

    [Fact]
    public void Evaluate_RulesAndSuppliersNameOneScope_ScopeTestedOncePerDocument()
    {
        var pack = new ScopedPack();
        var evaluator = new NormsEvaluator([pack]);

        evaluator.Evaluate(new PracticesDocumentStub(Organisation(developsSoftware: true, suppliers: 5)).Document, Options);
        evaluator.Evaluate(new PracticesDocumentStub(Organisation(developsSoftware: false, suppliers: 5)).Document, Options);

        // Two rules name the scope, one of them once per supplier: still one test per document.
        Assert.Equal(2, pack.ScopeTests);
    }

    [Fact]
    public void Scopes_PackDescribesOneOfTwoNamedScopes_GatesOnlyTheRulesOfTheDescribedScope()
    {
        var rules = new CompiledRules([new ScopedPack()]);

        Assert.Equal(2, rules.Scopes.Count);
    }

    [Fact]
    public void Scopes_RuleClassNamedByAttribute_StillGated()
    {
        var outcomes = Outcomes(new ScopedPack(named: true), Organisation(developsSoftware: false, suppliers: 1));

        Assert.DoesNotContain(outcomes, o => o.StartsWith("TSC0101", StringComparison.Ordinal));
    }

    [Fact]
    public void Scopes_PackGivesNoRuleUnderTheClassesName_Ne0101NamingRuleAndScope()
    {
        var error = Assert.Throws<RulePackException>(() => new CompiledRules([new ScopedPack(renamed: true)]).Scopes);

        Assert.Equal("NE0101", error.Descriptor.Id);
        Assert.Contains("Rule TSC0101 of pack 'scoped' names the scope 'softwareProducer'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoEqualSuppliers_AreTwoFacts()
    {
        // Records with the same values are equal; the engine still inserts each supplier of the document as its own fact.
        var twin = new Supplier { Name = "twin" };
        var organisation = new Organisation { Roles = new Roles { DevelopsSoftware = true }, SupplyChain = new SupplyChain { Suppliers = [twin, twin with { }] } };

        var outcomes = Outcomes(new ScopedPack(), organisation);

        Assert.Equal(2, outcomes.Count(o => o.StartsWith("TSC0102", StringComparison.Ordinal)));
    }

    /// <summary>A bound document around an organisation, as the loader would give it.</summary>
    private sealed class PracticesDocumentStub(Organisation organisation)
    {
        public NormsEngine.Documents.PracticesDocument Document { get; } =
            new(null, 0, 1, organisation, new NormsEngine.Documents.SourceMap(null, new NormsEngine.Documents.TextPoint(1, 1)), []);
    }

    /// <summary>
    /// Two rules of the described scope <c>softwareProducer</c> (one per supplier), one naming a scope the pack does not
    /// describe, one naming none.
    /// </summary>
    private sealed class ScopedPack(bool named = false, bool renamed = false) : IRulePack
    {
        public static readonly RuleDescriptor Producer = Descriptor("TSC0101", "softwareProducer");
        public static readonly RuleDescriptor PerSupplier = Descriptor("TSC0102", "softwareProducer");
        public static readonly RuleDescriptor Undescribed = Descriptor("TSC0103", "notDescribed");
        public static readonly RuleDescriptor Unscoped = Descriptor("TSC0104", null);

        private int _scopeTests;

        public int ScopeTests => _scopeTests;

        public string Id => "scoped";

        public string Version => "1.0.0";

        public string Title => "Scoped";

        public string Owner => "tests";

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Producer, PerSupplier, Undescribed, Unscoped];

        public IReadOnlyList<Type> RuleTypes { get; } = [named ? typeof(NamedProducerRule) : typeof(ProducerRule), typeof(PerSupplierRule), typeof(UndescribedRule), typeof(UnscopedRule)];

        /// <summary>The definitions; renamed, the producer rule is built under another name than its class's.</summary>
        public IEnumerable<IRuleDefinition> GetRuleDefinitions()
        {
            var definitions = RuleDefinitions.FromTypes(RuleTypes);
            if (!renamed)
            {
                return definitions;
            }

            return definitions.Select(d =>
            {
                if (!d.Name.EndsWith(nameof(ProducerRule), StringComparison.Ordinal))
                {
                    return d;
                }

                var builder = new NRules.RuleModel.Builders.RuleBuilder();
                builder.Name("renamed");
                builder.LeftHandSide().Pattern(typeof(Organisation), "organisation");
                var context = System.Linq.Expressions.Expression.Parameter(typeof(IContext), "ctx");
                builder.RightHandSide().Action(System.Linq.Expressions.Expression.Lambda(System.Linq.Expressions.Expression.Empty(), context));
                return builder.Build();
            });
        }

        public IReadOnlyDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>();

        public IReadOnlyList<Principle> Principles { get; } = [new("P6", "Lifecycle", "text")];

        public IReadOnlyList<RuleScope> Scopes =>
        [
            new("softwareProducer", "software rules need roles.developsSoftware true", ["roles.developsSoftware"], o =>
            {
                Interlocked.Increment(ref _scopeTests);
                return o.Roles.DevelopsSoftware;
            }),
        ];

        private static RuleDescriptor Descriptor(string id, string? scope) =>
            RuleDescriptor.Create(id, "T", "m", "P6", Severity.Error, "d", "r", principle: "P6", tags: scope is null ? [] : ["scope:" + scope]);

        /// <summary>A rule that passes on the organisation; each subclass gives the engine its static <c>Descriptor</c>.</summary>
        private abstract class PassesOnOrganisation(RuleDescriptor rule) : Rule
        {
            public override void Define()
            {
                RuleContext context = null!;
                Organisation organisation = null!;
                When().Match(() => context).Match(() => organisation);
                Then().Do(_ => context.Pass(rule, organisation, o => o.Roles.DevelopsSoftware));
            }
        }

        private sealed class ProducerRule() : PassesOnOrganisation(Descriptor)
        {
            public static readonly RuleDescriptor Descriptor = Producer;
        }

        [Name("producer-by-attribute")]
        private sealed class NamedProducerRule() : PassesOnOrganisation(Descriptor)
        {
            public static readonly RuleDescriptor Descriptor = Producer;
        }

        private sealed class UndescribedRule() : PassesOnOrganisation(Descriptor)
        {
            public static readonly RuleDescriptor Descriptor = Undescribed;
        }

        private sealed class UnscopedRule() : PassesOnOrganisation(Descriptor)
        {
            public static readonly RuleDescriptor Descriptor = Unscoped;
        }

        private sealed class PerSupplierRule : Rule
        {
            public static readonly RuleDescriptor Descriptor = PerSupplier;

            public override void Define()
            {
                RuleContext context = null!;
                Organisation organisation = null!;
                Supplier supplier = null!;
                When().Match(() => context).Match(() => organisation).Match(() => supplier);
                Then().Do(_ => context.Pass(Descriptor, supplier, s => s.Name));
            }
        }
    }
}
