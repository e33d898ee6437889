using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0702: every administrative account is behind MFA.</summary>
internal sealed class PC0702AdminMfa : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0702", Severity.Error, "all",
        "Every administrative account is behind MFA",
        "MFA covers {0}% of administrative accounts; it must cover all of them",
        "Administrative accounts are the first target of intrusions that end in ransomware or systemic harm; a single one without multi-factor authentication undoes the protection of the others.",
        "Enforce multi-factor authentication on every administrative account, including break-glass and service-desk accounts, and set hygiene.mfa.adminPct to 100.",
        "CIS Controls v8 6.5", "ISO/IEC 27001:2022 A.8.5");

    private static readonly Expression<Func<Organisation, object?>> AdminPct = x => x.Hygiene.Mfa.AdminPct;

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
        var pct = o.Hygiene.Mfa.AdminPct;
        context.Decide(Descriptor, o, AdminPct, ThreeValued.Below(pct, 100), pct);
    }
}
