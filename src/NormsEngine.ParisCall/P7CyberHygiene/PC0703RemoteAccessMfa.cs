using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0703: every remote access path is behind MFA.</summary>
internal sealed class PC0703RemoteAccessMfa : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0703", Severity.Warning, "all",
        "Every remote access path is behind MFA",
        "MFA covers {0}% of remote access paths; it must cover all of them",
        "VPNs, remote desktops and other remote access paths lead straight into the internal network, and are a favourite entry point of ransomware operators. A remote access path that accepts a password alone turns one leaked credential into an intrusion.",
        "Enforce multi-factor authentication on every VPN, remote desktop gateway and other remote access path, including those used by suppliers, and set hygiene.mfa.remoteAccessPct to 100.",
        "CIS Controls v8 6.4");

    private static readonly Expression<Func<Organisation, object?>> RemoteAccessPct = x => x.Hygiene.Mfa.RemoteAccessPct;

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
        var pct = o.Hygiene.Mfa.RemoteAccessPct;
        context.Decide(Descriptor, o, RemoteAccessPct, ThreeValued.Below(pct, 100), pct);
    }
}
