using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0610 (release 0.2.0): security updates are free of charge.</summary>
internal sealed class PC0610FreeSecurityUpdates : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0610", Severity.Warning, "softwareProducer",
        "Security updates are free of charge",
        "Security updates are not free of charge (lifecycle.freeSecurityUpdates is false); users who do not pay stay vulnerable",
        "When security fixes are sold, the users who do not pay keep running vulnerable software, and every one of them is a target. The EU Cyber Resilience Act (Annex I, Part II, point 8) requires security updates to be disseminated free of charge, unless agreed otherwise with a business user for a tailor-made product.",
        "Ship security updates to every user free of charge, separately from paid feature updates where possible, and set lifecycle.freeSecurityUpdates to true.",
        "EU CRA Annex I part II (8)");

    private static readonly Expression<Func<Organisation, object?>> FreeSecurityUpdates = x => x.Lifecycle.FreeSecurityUpdates;

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
        context.Decide(Descriptor, o, FreeSecurityUpdates, ThreeValued.IsFalse(o.Lifecycle.FreeSecurityUpdates));
}
