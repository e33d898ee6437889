using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0202: RPKI ROAs cover all the prefixes a network operator announces.</summary>
internal sealed class PC0202RoaCoverage : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0202", Severity.Warning, "networkOperator",
        "RPKI ROAs cover every announced prefix",
        "RPKI ROAs cover {0}% of the announced prefixes; they must cover all of them",
        "Prefixes left without a ROA stay open to origin hijacks even when the rest of the address space is protected, and validating networks treat them as unknown rather than valid. Full coverage lets others drop every forged announcement.",
        "Create ROAs for the remaining prefixes, including more-specifics announced for traffic engineering, and set network.routing.roaCoveragePct to 100.",
        "MANRS Action 4");

    private static readonly Expression<Func<Organisation, object?>> RoaCoveragePct = x => x.Network.Routing.RoaCoveragePct;

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

    private static void Evaluate(RuleContext context, Organisation o)
    {
        var pct = o.Network.Routing.RoaCoveragePct;
        context.Decide(
            Descriptor,
            o,
            RoaCoveragePct,
            ThreeValued.And(ThreeValued.Above(pct, 0), ThreeValued.Below(pct, 100)),
            pct);
    }
}
