using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0709 (release 0.2.0): audit logs are collected and kept long enough.</summary>
internal sealed class PC0709AuditLogRetention : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0709", Severity.Warning, "all",
        "Audit logs are collected and kept long enough",
        "Audit logs are kept for {0} days; they must be collected and kept for at least {1} days",
        "Intrusions are often found weeks after they began. Without audit logs, or with logs that roll over after a few days, nobody can tell how the intruder got in, what was taken or whether the intruder is gone. CIS Controls v8 asks for audit logs to be collected across enterprise assets (8.2) and kept for at least 90 days (8.10); the threshold logRetentionDays follows it.",
        "Turn on audit logging on every system, collect the logs centrally, keep them for at least logRetentionDays days where they cannot be altered, and record the retention in hygiene.auditLogRetentionDays.",
        "NIST CSF 2.0 PR.PS-04", "CIS Controls v8 8.2", "CIS Controls v8 8.10", "ISO/IEC 27001:2022 A.8.15");

    private static readonly Expression<Func<Organisation, object?>> AuditLogRetentionDays = x => x.Hygiene.AuditLogRetentionDays;

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
        var value = o.Hygiene.AuditLogRetentionDays;
        var min = context.Thresholds.Whole(ParisCallThresholds.LogRetentionDays);
        context.Decide(Descriptor, o, AuditLogRetentionDays, ThreeValued.Below(value, min), value, min);
    }
}
