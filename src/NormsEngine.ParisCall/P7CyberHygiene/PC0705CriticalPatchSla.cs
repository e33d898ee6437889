using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0705: exposed organisations patch critical vulnerabilities on exposed systems within criticalPatchSlaDays.</summary>
internal sealed class PC0705CriticalPatchSla : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0705", Severity.Error, "exposed",
        "Critical vulnerabilities on exposed systems are patched quickly",
        "Critical vulnerabilities on exposed systems are patched within {0} days; they must be patched within {1} days",
        "Critical vulnerabilities in Internet-facing systems are exploited at scale within days of their disclosure. An essential or Internet-facing organisation that takes longer than criticalPatchSlaDays (14 by default) to patch them is likely to be compromised before the fix is in.",
        "Set and meet a service level of at most criticalPatchSlaDays days for critical vulnerabilities on exposed systems (with emergency change procedures and compensating controls while a patch is pending), and record it in hygiene.patching.criticalExternalSlaDays.",
        "NIST CSF 2.0 PR.PS-02", "NIST CSF 2.0 ID.RA-01", "CIS Controls v8 7.2", "CIS Controls v8 7.7", "ISO/IEC 27001:2022 A.8.8");

    private static readonly Expression<Func<Organisation, object?>> CriticalExternalSlaDays = x => x.Hygiene.Patching.CriticalExternalSlaDays;

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
        var days = o.Hygiene.Patching.CriticalExternalSlaDays;
        var max = context.Thresholds.Whole(ParisCallThresholds.CriticalPatchSlaDays);
        context.Decide(Descriptor, o, CriticalExternalSlaDays, ThreeValued.Above(days, max), days, max);
    }
}
