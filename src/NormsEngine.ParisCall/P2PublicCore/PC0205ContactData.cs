using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0205: network operators keep their PeeringDB and RIR contact data current.</summary>
internal sealed class PC0205ContactData : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0205", Severity.Warning, "networkOperator",
        "Network operators keep their contact data current",
        "{0}",
        "When a route leak or an attack crosses networks, other operators need to reach the right people within minutes. Stale contacts in PeeringDB or at the regional Internet registry turn a quick fix into hours of harm (MANRS Action 3).",
        "Review and update the operator's records in PeeringDB and at its regional Internet registry (abuse and NOC contacts), plan a regular review, and set network.routing.peeringDbCurrent and rirContactsCurrent to true.",
        "MANRS Action 3");

    private static readonly Expression<Func<Organisation, object?>> PeeringDbCurrent = x => x.Network.Routing.PeeringDbCurrent;
    private static readonly Expression<Func<Organisation, object?>> RirContactsCurrent = x => x.Network.Routing.RirContactsCurrent;

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
        var routing = o.Network.Routing;
        context.Check(Descriptor, o)
            .FailsWhen(
                PeeringDbCurrent,
                ThreeValued.IsFalse(routing.PeeringDbCurrent),
                "The contact data in PeeringDB is not current (network.routing.peeringDbCurrent is false); a network operator must keep it current")
            .FailsWhen(
                RirContactsCurrent,
                ThreeValued.IsFalse(routing.RirContactsCurrent),
                "The contact data at the regional Internet registry is not current (network.routing.rirContactsCurrent is false); a network operator must keep it current")
            .Report();
    }
}
