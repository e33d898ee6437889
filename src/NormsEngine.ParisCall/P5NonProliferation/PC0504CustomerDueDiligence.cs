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
        "Commercial intrusion software and services proliferate through sales to buyers who turn them against journalists, activists and companies. The Pall Mall Process Code of Practice for States (2025) is addressed to States, not vendors: it asks them to oversee the development, sale and use of commercial cyber intrusion capabilities, including through due diligence and export controls. A vendor that vets its customers (who they are, their intended use, their human-rights record) does on its side what such States expect of the market.",
        "Set up customer due diligence before every sale (identity, end use, legal authority, human-rights risk, export-control licences), refuse or end sales that fail it, and set nonProliferation.customerDueDiligence to true.",
        "The Pall Mall Process Code of Practice for States (2025)");

    private static readonly Expression<Func<Organisation, object?>> CustomerDueDiligence = x => x.NonProliferation.CustomerDueDiligence;

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
        context.Decide(Descriptor, o, CustomerDueDiligence, ThreeValued.IsFalse(o.NonProliferation.CustomerDueDiligence));
}
