using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P5NonProliferation;

/// <summary>PC0504: vendors of intrusion capabilities vet their customers.</summary>
internal sealed class PC0504CustomerDueDiligence : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0504", Severity.Error, "intrusionVendor",
        "Vendors of intrusion capabilities vet their customers",
        "Buyers of intrusion capabilities are not vetted; every customer must pass due diligence before a sale",
        "Commercial intrusion software and services proliferate through sales to buyers who turn them against journalists, activists and companies. The Pall Mall Process asks vendors to vet every customer, its intended use and its human-rights record before selling.",
        "Set up customer due diligence before every sale (identity, end use, legal authority, human-rights risk, export-control licences), refuse or end sales that fail it, and set nonProliferation.customerDueDiligence to true.",
        "Pall Mall Process code of practice (2025)");

    private static readonly Expression<Func<Organisation, object?>> CustomerDueDiligence = x => x.NonProliferation.CustomerDueDiligence;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation, o => Scopes.IntrusionVendor(o));
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static void Evaluate(RuleContext context, Organisation o) =>
        context.Decide(Descriptor, o, CustomerDueDiligence, ThreeValued.IsFalse(o.NonProliferation.CustomerDueDiligence));
}
