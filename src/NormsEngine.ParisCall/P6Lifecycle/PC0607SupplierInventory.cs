using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0607: the organisation keeps an inventory of its suppliers.</summary>
internal sealed class PC0607SupplierInventory : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0607", Severity.Warning, "all",
        "The organisation keeps an inventory of its suppliers",
        "No inventory of suppliers is kept; every organisation must know who its suppliers are",
        "Supply-chain attacks reach organisations through suppliers they have forgotten about. An inventory of suppliers, with what each can reach, is the starting point of every supplier requirement, assessment and incident response.",
        "Keep an inventory of suppliers with their services, criticality and access to production, review it when contracts change, and set supplyChain.supplierInventory to true.",
        "NIST CSF 2.0 GV.SC-04", "NIST CSF 2.0 ID.AM-04", "CIS Controls v8 15.1", "ISO/IEC 27001:2022 A.5.19");

    private static readonly Expression<Func<Organisation, object?>> SupplierInventory = x => x.SupplyChain.SupplierInventory;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation);
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static void Evaluate(RuleContext context, Organisation o) =>
        context.Decide(Descriptor, o, SupplierInventory, ThreeValued.IsFalse(o.SupplyChain.SupplierInventory));
}
