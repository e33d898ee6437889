using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0101: essential services have a written incident-response plan.</summary>
internal sealed class PC0101IncidentResponsePlan : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0101", Severity.Error, "essentialService",
        "Essential services have a written incident-response plan",
        "No written incident-response plan exists (incidentResponse.plan.exists is false); an essential service must have one",
        "An essential service that meets a serious incident without a written plan improvises its containment, its communication and its recovery while the harm to the people who depend on it grows. A plan agreed in advance says who decides, whom to call and in which order services come back.",
        "Write an incident-response plan (roles, decision rights, contacts, containment and recovery steps, communication), have management approve it, and set incidentResponse.plan.exists to true.",
        "NIST CSF 2.0 ID.IM-04", "NIST CSF 2.0 RS.MA-01", "CIS Controls v8 17.4", "ISO/IEC 27001:2022 A.5.24", "ISO/IEC 27001:2022 A.5.26");

    // Paths are static fields: the engine caches a path per expression, and a lambda written inline is rebuilt on every evaluation.
    private static readonly Expression<Func<Organisation, object?>> PlanExists = x => x.IncidentResponse.Plan.Exists;

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

    private static void Evaluate(RuleContext context, Organisation o) =>
        context.Decide(Descriptor, o, PlanExists, ThreeValued.IsFalse(o.IncidentResponse.Plan.Exists));
}
