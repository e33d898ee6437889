using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0106: the recovery time objective of an essential service is within its maximum tolerable downtime.</summary>
internal sealed class PC0106RecoveryTime : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0106", Severity.Error, "essentialService",
        "The recovery time objective is within the tolerable downtime",
        "The recovery time objective is {0} hours, longer than the {1} hours of downtime the service can tolerate",
        "When the planned recovery time of an essential service is longer than the outage its users can tolerate, every serious incident is planned to end in harm to them. The recovery objective must fit inside the maximum tolerable downtime.",
        "Shorten the recovery time objective (standby capacity, faster restores, manual fallbacks) until resilience.rtoHours is at most resilience.maxTolerableDowntimeHours, or revisit the tolerable downtime with the service's users.",
        "NIST CSF 2.0 PR.IR-03", "NIST CSF 2.0 ID.IM-04", "NIST CSF 2.0 GV.OC-04", "ISO/IEC 27001:2022 A.5.30");

    private static readonly Expression<Func<Organisation, object?>> RtoHours = x => x.Resilience.RtoHours;
    private static readonly Expression<Func<Organisation, object?>> MaxTolerableDowntimeHours = x => x.Resilience.MaxTolerableDowntimeHours;

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
        var rto = o.Resilience.RtoHours;
        var maxDowntime = o.Resilience.MaxTolerableDowntimeHours;
        if (rto is null || maxDowntime is null)
        {
            var missing = new List<string>(2);
            if (rto is null)
            {
                missing.Add(context.PathOf(o, RtoHours));
            }

            if (maxDowntime is null)
            {
                missing.Add(context.PathOf(o, MaxTolerableDowntimeHours));
            }

            context.InsufficientData(Descriptor, missing);
            return;
        }

        context.Decide(Descriptor, o, RtoHours, rto > maxDowntime, rto, maxDowntime);
    }
}
