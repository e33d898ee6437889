using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0201: network operators publish RPKI ROAs.</summary>
internal sealed class PC0201RoaPublished : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0201", Severity.Error, "networkOperator",
        "Network operators publish RPKI ROAs for their prefixes",
        "RPKI ROAs cover {0}% of the announced prefixes; a network operator must publish ROAs for them",
        "Without Route Origin Authorisations nobody can validate who may originate the operator's prefixes, so route hijacks and leaks of its address space go through unfiltered. Publishing ROAs is the first step of RPKI and of MANRS Action 4.",
        "Create ROAs at the regional Internet registry for every prefix the operator announces (with correct origin ASNs and max lengths) and update network.routing.roaCoveragePct.",
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
        context.Decide(Descriptor, o, RoaCoveragePct, pct is { } v ? v == 0 : null, pct);
    }
}
