using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0704: operating systems are patched on a routine cycle no longer than patchCadenceDays.</summary>
internal sealed class PC0704OsPatchCadence : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0704", Severity.Warning, "all",
        "Operating systems are patched on a short routine cycle",
        "Operating systems are patched every {0} days; the routine cycle must be at most {1} days",
        "Most intrusions exploit vulnerabilities for which a patch has long been available. A routine operating-system patch cycle longer than patchCadenceDays (30 by default) leaves known holes open for weeks after the fix is published.",
        "Patch operating systems at least every patchCadenceDays days (monthly by default, following the vendors' release cycles), automate the roll-out, and record the cycle in hygiene.patching.osCadenceDays.",
        "NIST CSF 2.0 PR.PS-02", "CIS Controls v8 7.3", "ISO/IEC 27001:2022 A.8.8");

    private static readonly Expression<Func<Organisation, object?>> OsCadenceDays = x => x.Hygiene.Patching.OsCadenceDays;

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
        var days = o.Hygiene.Patching.OsCadenceDays;
        var max = context.Thresholds.Whole(ParisCallThresholds.PatchCadenceDays);
        context.Decide(Descriptor, o, OsCadenceDays, ThreeValued.Above(days, max), days, max);
    }
}
