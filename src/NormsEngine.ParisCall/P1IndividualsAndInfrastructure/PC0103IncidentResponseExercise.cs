using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0103: an existing incident-response plan has been exercised within exerciseMaxAgeDays.</summary>
internal sealed class PC0103IncidentResponseExercise : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0103", Severity.Warning, "all",
        "The incident-response plan is exercised every year",
        "The incident-response plan was last exercised on {0}, {1} days ago; it must be exercised at least every {2} days",
        "A plan that is never exercised decays: contacts leave, systems change and nobody remembers their part when an incident comes. Regular exercises find the gaps while they are cheap to close.",
        "Run a tabletop or technical exercise of the incident-response plan, record what it taught, and update incidentResponse.plan.lastExercise; repeat at least every exerciseMaxAgeDays (365 by default).",
        "NIST CSF 2.0 ID.IM-02", "CIS Controls v8 17.7");

    private static readonly Expression<Func<Organisation, object?>> LastExercise = x => x.IncidentResponse.Plan.LastExercise;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation, o => o.IncidentResponse.Plan.Exists == true);
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static void Evaluate(RuleContext context, Organisation o)
    {
        var last = o.IncidentResponse.Plan.LastExercise;
        var age = context.AgeInDays(last);
        var maxAge = context.Thresholds.Whole(ParisCallThresholds.ExerciseMaxAgeDays);
        context.Decide(
            Descriptor,
            o,
            LastExercise,
            ThreeValued.Above(age, maxAge),
            last,
            age,
            maxAge);
    }
}
