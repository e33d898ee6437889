using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0209 (release 0.2.0): resolvers validate DNSSEC signatures.</summary>
internal sealed class PC0209DnssecValidation : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0209", Severity.Warning, "resolverOperator",
        "Resolvers validate DNSSEC signatures",
        "The resolvers do not validate DNSSEC signatures (network.dns.dnssecValidation is false); forged answers reach their users",
        "Signing zones protects the public core of the Internet only when resolvers check the signatures. A public resolver, or an ISP resolving for its customers, that does not validate DNSSEC hands forged or poisoned answers to everyone behind it.",
        "Turn on DNSSEC validation in every resolver you run for others (with a maintained trust anchor), monitor validation failures, and set network.dns.dnssecValidation to true.",
        "RFC 4033", "RFC 4035", "Paris Call principle 2");

    private static readonly Expression<Func<Organisation, object?>> DnssecValidation = x => x.Network.Dns.DnssecValidation;

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
        context.Decide(Descriptor, o, DnssecValidation, ThreeValued.IsFalse(o.Network.Dns.DnssecValidation));
}
