using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.Tests.Engine;

/// <summary>A small C# pack that exercises every outcome, a per-supplier join and a threshold.</summary>
internal sealed class TestPack : IRulePack
{
    public static readonly RuleDescriptor AdminMfa = RuleDescriptor.Create("TST0101", "Admin MFA", "MFA covers {0}%", "P1", Severity.Error, "d", "r", principle: "P1");
    public static readonly RuleDescriptor Cadence = RuleDescriptor.Create("TST0201", "Patch cadence", "Cadence {0} days", "P2", Severity.Warning, "d", "r", principle: "P2");
    public static readonly RuleDescriptor Sharing = RuleDescriptor.Create("TST0301", "Shares intel", "Does not share", "P3", Severity.Info, "d", "r", principle: "P3");
    public static readonly RuleDescriptor SupplierClauses = RuleDescriptor.Create("TST0401", "Supplier clauses", "{0} has no clauses", "P4", Severity.Error, "d", "r", principle: "P4");
    public static readonly RuleDescriptor NeverApplies = RuleDescriptor.Create("TST0501", "Offensive tools", "x", "P5", Severity.Error, "d", "r", principle: "P5");

    public string Id => "test";

    public string Version => "1.0.0";

    public string Title => "Test pack";

    public string Owner => "tests";

    public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [AdminMfa, Cadence, Sharing, SupplierClauses, NeverApplies];

    public IReadOnlyList<Type> RuleTypes { get; } = [typeof(AdminMfaRule), typeof(CadenceRule), typeof(SharingRule), typeof(SupplierClausesRule), typeof(NeverAppliesRule)];

    public IReadOnlyDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal> { ["cadenceDays"] = 30 };

    public IReadOnlyList<Principle> Principles { get; } = [new("P1", "Protect individuals and infrastructure", "text")];

    private sealed class AdminMfaRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then().Do(_ => context.Decide(AdminMfa, organisation, o => o.Hygiene.Mfa.AdminPct, ThreeValued.Below(organisation.Hygiene.Mfa.AdminPct, 100), organisation.Hygiene.Mfa.AdminPct));
        }
    }

    private sealed class CadenceRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then().Do(_ => context.Decide(Cadence, organisation, o => o.Hygiene.Patching.OsCadenceDays,
                ThreeValued.Above(organisation.Hygiene.Patching.OsCadenceDays, context.Thresholds["cadenceDays"]), organisation.Hygiene.Patching.OsCadenceDays));
        }
    }

    private sealed class SharingRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation);
            Then().Do(_ => context.Decide(Sharing, organisation, o => o.Norms.SharesThreatIntel, ThreeValued.IsFalse(organisation.Norms.SharesThreatIntel)));
        }
    }

    private sealed class SupplierClausesRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            Supplier supplier = null!;
            When().Match(() => context).Match(() => organisation).Match(() => supplier, s => s.Critical == true);
            Then().Do(_ => context.Decide(SupplierClauses, supplier, s => s.SecurityClauses, ThreeValued.IsFalse(supplier.SecurityClauses), supplier.Name));
        }
    }

    private sealed class NeverAppliesRule : Rule
    {
        public override void Define()
        {
            RuleContext context = null!;
            Organisation organisation = null!;
            When().Match(() => context).Match(() => organisation, o => o.Roles.OffensiveTooling);
            Then().Do(_ => context.Pass(NeverApplies, organisation, o => o.Roles.OffensiveTooling));
        }
    }
}
