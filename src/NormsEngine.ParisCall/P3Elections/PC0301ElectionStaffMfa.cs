using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0301: election bodies, parties and campaigns protect every staff account with phishing-resistant MFA.</summary>
internal sealed class PC0301ElectionStaffMfa : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0301", Severity.Error, "electionCore",
        "Election staff accounts are behind phishing-resistant MFA",
        "Phishing-resistant MFA covers {0}% of staff accounts; it must cover all of them",
        "Election bodies, parties and campaigns are prime targets of foreign intrusion and hack-and-leak operations, which almost always start with a phished password or a one-time code. Phishing-resistant MFA (FIDO2 keys, smart cards) defeats those attacks for every account it covers.",
        "Issue FIDO2 security keys or smart cards to every staff member, enforce them on all staff accounts (mail, cloud, voter data), and set elections.staffPhishingResistantMfaPct to 100.",
        "NIST CSF 2.0 PR.AA-03", "CIS Controls v8 6.3", "CIS Controls v8 6.5", "ISO/IEC 27001:2022 A.8.5");

    private static readonly Expression<Func<Organisation, object?>> StaffMfaPct = x => x.Elections.StaffPhishingResistantMfaPct;

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
        var pct = o.Elections.StaffPhishingResistantMfaPct;
        context.Decide(Descriptor, o, StaffMfaPct, ThreeValued.Below(pct, 100), pct);
    }
}
