using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0701: every externally exposed application is behind MFA.</summary>
internal sealed class PC0701ExternalAppsMfa : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0701", Severity.Error, "all",
        "Every externally exposed application is behind MFA",
        "MFA covers {0}% of externally exposed applications; it must cover all of them",
        "Applications reachable from the Internet are attacked with stolen and guessed passwords every day. One exposed application that accepts a password alone is enough for an intruder to get in and move on to the rest of the estate.",
        "Put every externally exposed application behind multi-factor authentication (through the identity provider or a reverse proxy that enforces it), retire the ones that cannot support it, and set hygiene.mfa.externalAppsPct to 100.",
        "NIST CSF 2.0 PR.AA-03", "CIS Controls v8 6.3", "ISO/IEC 27001:2022 A.8.5");

    private static readonly Expression<Func<Organisation, object?>> ExternalAppsPct = x => x.Hygiene.Mfa.ExternalAppsPct;

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
        var pct = o.Hygiene.Mfa.ExternalAppsPct;
        context.Decide(Descriptor, o, ExternalAppsPct, ThreeValued.Below(pct, 100), pct);
    }
}
