using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0605: every critical supplier's contract has security requirements.</summary>
internal sealed class PC0605SupplierSecurityClauses : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0605", Severity.Warning, "all",
        "Critical suppliers' contracts have security requirements",
        "The contract with critical supplier {0} has no security requirements; it must have them",
        "A critical supplier's weaknesses become the organisation's own, and the contract is the only lever to require security from it. Without security clauses there is no duty to protect data, patch, report incidents or allow audits.",
        "Add security requirements to the supplier's contract (baseline controls, incident notice, vulnerability handling, audit rights, subcontracting, end of contract) and set securityClauses to true for that supplier.",
        "NIST CSF 2.0 GV.SC-05", "CIS Controls v8 15.4", "ISO/IEC 27001:2022 A.5.20");

    private static readonly Expression<Func<Supplier, object?>> SecurityClauses = x => x.SecurityClauses;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;
        Supplier supplier = null!;

        // A Rete join: one activation per critical supplier.
        When()
            .Match(() => context)
            .Match(() => organisation)
            .Match(() => supplier, s => s.Critical == true);
        Then()
            .Do(_ => Evaluate(context, supplier));
    }

    private static void Evaluate(RuleContext context, Supplier s) =>
        context.Decide(Descriptor, s, SecurityClauses, ThreeValued.IsFalse(s.SecurityClauses), s.Name);
}
