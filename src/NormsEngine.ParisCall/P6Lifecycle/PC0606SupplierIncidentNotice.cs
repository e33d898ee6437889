using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0606: critical suppliers of essential services report incidents in time for the organisation's own reporting.</summary>
internal sealed class PC0606SupplierIncidentNotice : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0606", Severity.Error, "essentialService",
        "Critical suppliers report incidents in time for the organisation's own reporting",
        "{0} must report incidents within {1} hours, later than the {2} hours the organisation promises for its {3}",
        "An essential service can only meet its own reporting deadline if its critical suppliers tell it about incidents first. A supplier whose incident notice time exceeds the organisation's early warning time (or, where none is declared, its notification time) makes that deadline impossible.",
        "Renegotiate the supplier contract so that its incident notice time is at most the organisation's early-warning time.",
        "NIST CSF 2.0 GV.SC-05", "NIST CSF 2.0 GV.SC-08", "CIS Controls v8 15.4", "ISO/IEC 27001:2022 A.5.20");

    private static readonly Expression<Func<Supplier, object?>> IncidentNoticeHours = x => x.IncidentNoticeHours;
    private static readonly Expression<Func<Organisation, object?>> EarlyWarningHours = x => x.IncidentResponse.Reporting.EarlyWarningHours;
    private static readonly Expression<Func<Organisation, object?>> NotificationHours = x => x.IncidentResponse.Reporting.NotificationHours;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;
        Supplier supplier = null!;

        // A Rete join: one activation per critical supplier of an essential service.
        When()
            .Match(() => context)
            .Match(() => organisation)
            .Match(() => supplier, s => s.Critical == true);
        Then()
            .Do(_ => Evaluate(context, organisation, supplier));
    }

    private static void Evaluate(RuleContext context, Organisation o, Supplier s)
    {
        var reporting = o.IncidentResponse.Reporting;
        var (limit, what) = reporting.EarlyWarningHours is { } early
            ? (early, "early warning")
            : (reporting.NotificationHours, "incident notification");
        if (limit is null || s.IncidentNoticeHours is null)
        {
            var missing = new List<string>(3);
            if (s.IncidentNoticeHours is null)
            {
                missing.Add(context.PathOf(s, IncidentNoticeHours));
            }

            if (limit is null)
            {
                missing.Add(context.PathOf(o, EarlyWarningHours));
                missing.Add(context.PathOf(o, NotificationHours));
            }

            // One outcome per supplier, located at the supplier even when the organisation's times are missing.
            context.InsufficientData(Descriptor, missing, at: s.IncidentNoticeHours is null ? null : s.Path);
            return;
        }

        context.Decide(Descriptor, s, IncidentNoticeHours, s.IncidentNoticeHours > limit, s.Name, s.IncidentNoticeHours, limit, what);
    }
}
