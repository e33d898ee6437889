using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0711 (release 0.2.0): email domains publish an enforcing DMARC policy.</summary>
internal sealed class PC0711EmailAuthentication : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0711", Severity.Warning, "all",
        "Email domains publish an enforcing DMARC policy",
        "The email domains publish no enforcing DMARC policy (hygiene.dmarcPolicy is none); mail forged in the organisation's name is delivered",
        "Phishing in an organisation's name targets its staff, customers and partners. An enforcing DMARC policy (quarantine or reject) tells receiving mail servers to refuse mail that fails SPF and DKIM alignment, so forgeries of the organisation's domains stop reaching inboxes; a policy of none only reports them.",
        "Publish SPF and DKIM for every service that sends mail for your domains, monitor DMARC reports, then move the DMARC policy to quarantine or reject, and set hygiene.dmarcPolicy accordingly.",
        "CIS Controls v8 9.5", "RFC 7489");

    private static readonly Expression<Func<Organisation, object?>> Policy = x => x.Hygiene.DmarcPolicy;

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
        var policy = o.Hygiene.DmarcPolicy;
        context.Decide(Descriptor, o, Policy, policy is null ? null : policy == DmarcPolicy.None);
    }
}
