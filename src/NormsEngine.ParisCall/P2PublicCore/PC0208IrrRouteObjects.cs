using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0208 (release 0.2.0): network operators register route objects in an Internet Routing Registry.</summary>
internal sealed class PC0208IrrRouteObjects : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0208", Severity.Warning, "networkOperator",
        "Network operators register route objects in an Internet Routing Registry",
        "No route objects are registered for the announced prefixes (network.routing.irrRouteObjects is false); other networks cannot build filters for them",
        "Other networks build the filters that stop route leaks and hijacks from the routing information operators publish. Many still filter from Internet Routing Registry (IRR) route objects rather than from RPKI alone, so a network that publishes ROAs but no route objects leaves them without the data they filter on. MANRS action 4 expects both.",
        "Register a route object for every announced prefix in the IRR of your RIR (or another IRR your peers use), keep them current as announcements change, and set network.routing.irrRouteObjects to true.",
        "MANRS Action 4");

    private static readonly Expression<Func<Organisation, object?>> IrrRouteObjects = x => x.Network.Routing.IrrRouteObjects;

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
        context.Decide(Descriptor, o, IrrRouteObjects, ThreeValued.IsFalse(o.Network.Routing.IrrRouteObjects));
}
