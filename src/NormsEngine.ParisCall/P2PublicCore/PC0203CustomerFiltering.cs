using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0203: transit providers filter the routes their customers announce.</summary>
internal sealed class PC0203CustomerFiltering : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0203", Severity.Error, "transitProvider",
        "Transit providers filter their customers' announcements",
        "Customers' route announcements are not filtered (network.routing.customerPrefixFiltering is false); a transit provider must filter them",
        "A transit provider that accepts any announcement from its customers propagates their mistakes and their hijacks to the whole Internet. Filtering customer routes against what they are entitled to announce is MANRS Action 1.",
        "Build prefix filters for every customer session from IRR and RPKI data (for example with bgpq4), apply them, and set network.routing.customerPrefixFiltering to true.",
        "MANRS Action 1");

    private static readonly Expression<Func<Organisation, object?>> CustomerFiltering = x => x.Network.Routing.CustomerPrefixFiltering;

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
        context.Decide(Descriptor, o, CustomerFiltering, ThreeValued.IsFalse(o.Network.Routing.CustomerPrefixFiltering));
}
