using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0206: ISPs and transit providers drop RPKI-invalid routes (route origin validation).</summary>
internal sealed class PC0206RouteOriginValidation : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0206", Severity.Warning, "transitProvider",
        "ISPs and transit providers drop RPKI-invalid routes",
        "RPKI-invalid routes are not dropped (network.routing.rovDropInvalid is false); an ISP or transit provider must drop them",
        "ROAs only protect the Internet when networks act on them. An ISP or transit provider that accepts RPKI-invalid routes carries hijacked prefixes to its customers and peers, while dropping them stops hijacks at scale.",
        "Deploy RPKI validators, enable route origin validation on the border routers, reject routes whose validation state is invalid, and set network.routing.rovDropInvalid to true.",
        "RFC 6811", "BCP 185 (RFC 7115)");

    private static readonly Expression<Func<Organisation, object?>> RovDropInvalid = x => x.Network.Routing.RovDropInvalid;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation, o => IspOrTransit(o));
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static bool IspOrTransit(Organisation o) =>
        o.Network.Kinds is { } kinds && (kinds.Contains(NetworkKind.Isp) || kinds.Contains(NetworkKind.Transit));

    private static void Evaluate(RuleContext context, Organisation o) =>
        context.Decide(Descriptor, o, RovDropInvalid, ThreeValued.IsFalse(o.Network.Routing.RovDropInvalid));
}
