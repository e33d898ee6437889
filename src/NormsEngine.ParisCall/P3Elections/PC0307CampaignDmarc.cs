using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0307 (release 0.2.0): election bodies, parties and campaigns enforce DMARC on their email domains.</summary>
internal sealed class PC0307CampaignDmarc : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0307", Severity.Warning, "electionCore",
        "Election bodies, parties and campaigns enforce DMARC on their email domains",
        "The email domains publish no enforcing DMARC policy (hygiene.dmarcPolicy is none); mail forged in the name of an election body, party or campaign is delivered",
        "Forged email in the name of an election body, a party or a campaign (fake instructions to voters, fake donation requests, spear-phishing of staff) is a common form of interference. An enforcing DMARC policy (quarantine or reject) tells receiving mail servers to refuse mail that fails SPF and DKIM alignment, so forgeries of the domain stop reaching inboxes.",
        "Publish SPF and DKIM for every sending service, monitor DMARC reports, then move the domains' DMARC policy to quarantine or reject, and set hygiene.dmarcPolicy accordingly.",
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
