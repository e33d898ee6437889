using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0102: essential services report incidents to their national CSIRT in time.</summary>
internal sealed class PC0102IncidentReporting : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0102", Severity.Error, "essentialService",
        "Essential services report incidents to the national CSIRT in time",
        "{0}",
        "An essential service must name the national CSIRT it reports to, promise a full incident notification within maxNotificationHours (72 by default) and, under NIS2, an early warning within maxEarlyWarningHours (24). Late reporting leaves the national response blind while harm spreads.",
        "Name the national CSIRT in incidentResponse.reporting.nationalCsirt and commit to notification times within the thresholds.",
        "NIST CSF 2.0 RS.CO-02", "CIS Controls v8 17.2", "ISO/IEC 27001:2022 A.5.5");

    private static readonly Expression<Func<Organisation, object?>> NationalCsirt = x => x.IncidentResponse.Reporting.NationalCsirt;
    private static readonly Expression<Func<Organisation, object?>> NotificationHours = x => x.IncidentResponse.Reporting.NotificationHours;
    private static readonly Expression<Func<Organisation, object?>> EarlyWarningHours = x => x.IncidentResponse.Reporting.EarlyWarningHours;

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
        var reporting = o.IncidentResponse.Reporting;
        var maxNotification = context.Thresholds.Whole(ParisCallThresholds.MaxNotificationHours);
        var maxEarlyWarning = context.Thresholds.Whole(ParisCallThresholds.MaxEarlyWarningHours);
        var check = context.Check(Descriptor, o)
            .FailsWhen(
                NationalCsirt,
                reporting.NationalCsirt is null ? null : string.IsNullOrWhiteSpace(reporting.NationalCsirt),
                "No national CSIRT is named for incident reports; an essential service must report to one")
            .FailsWhen(
                NotificationHours,
                ThreeValued.Above(reporting.NotificationHours, maxNotification),
                $"Incident notification is promised within {reporting.NotificationHours} hours; it must be within {maxNotification}");
        if (Scopes.Nis2(o))
        {
            check.FailsWhen(
                EarlyWarningHours,
                ThreeValued.Above(reporting.EarlyWarningHours, maxEarlyWarning),
                $"An early warning is promised within {reporting.EarlyWarningHours} hours; a NIS2 entity must send it within {maxEarlyWarning}");
        }

        check.Report();
    }
}
