using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P2PublicCore;

/// <summary>PC0207: DNS operators sign all their authoritative zones with DNSSEC.</summary>
internal sealed class PC0207DnssecSigning : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0207", Severity.Warning, "dnsOperator",
        "DNS operators sign every authoritative zone with DNSSEC",
        "DNSSEC signs {0}% of the authoritative zones; it must sign all of them",
        "The DNS is part of the public core of the Internet: an unsigned zone lets an attacker forge answers and redirect everyone who trusts it. Signing every zone an authoritative operator or registry serves lets validating resolvers reject forged data.",
        "Sign the remaining zones with DNSSEC (automated key rollover, DS records at the parent) and set network.dns.dnssecSignedPct to 100.",
        "Paris Call principle 2", "RFC 4033", "RFC 4034", "RFC 4035");

    private static readonly Expression<Func<Organisation, object?>> DnssecSignedPct = x => x.Network.Dns.DnssecSignedPct;

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
        var pct = o.Network.Dns.DnssecSignedPct;
        context.Decide(Descriptor, o, DnssecSignedPct, ThreeValued.Below(pct, 100), pct);
    }
}
