using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0204: network operators validate source addresses (anti-spoofing).</summary>
internal sealed class PC0204SourceAddressValidation : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0204", Severity.Warning, "networkOperator",
        "Network operators block spoofed source addresses",
        "Source address validation is not in place (network.routing.sourceAddressValidation is false); a network operator must block spoofed traffic",
        "Traffic with forged source addresses is the raw material of reflection and amplification attacks that take down services across the Internet. Validating source addresses at the edge (BCP 38, uRPF) stops the operator's network from being used to launch them.",
        "Enable anti-spoofing on customer and edge interfaces (uRPF or ingress ACLs per BCP 38) and set network.routing.sourceAddressValidation to true.",
        "MANRS Action 2", "BCP 38");

    private static readonly Expression<Func<Organisation, object?>> SourceAddressValidation = x => x.Network.Routing.SourceAddressValidation;

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
        context.Decide(Descriptor, o, SourceAddressValidation, ThreeValued.IsFalse(o.Network.Routing.SourceAddressValidation));
}
