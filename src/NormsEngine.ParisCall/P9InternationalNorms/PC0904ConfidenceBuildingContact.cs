using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P9InternationalNorms;

/// <summary>PC0904: a State agency has a point of contact for confidence-building measures.</summary>
internal sealed class PC0904ConfidenceBuildingContact : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0904", Severity.Warning, "stateAgency",
        "State agencies have a point of contact for confidence-building measures",
        "No point of contact for confidence-building measures is designated (norms.confidenceBuildingContactPoint: false); a State agency must have one",
        "Confidence-building measures, such as those agreed at the OSCE and in the UN, rely on designated points of contact that other States can reach quickly when an incident could be misread as a hostile act. A State agency without one cannot take part in that de-escalation.",
        "Designate a point of contact (a role with a permanently staffed channel) for confidence-building measures, register it in the relevant national and international directories, and set norms.confidenceBuildingContactPoint to true.",
        "Paris Call principle 9");

    private static readonly Expression<Func<Organisation, object?>> ConfidenceBuildingContactPoint = x => x.Norms.ConfidenceBuildingContactPoint;

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
        context.Decide(Descriptor, o, ConfidenceBuildingContactPoint, ThreeValued.IsFalse(o.Norms.ConfidenceBuildingContactPoint));
}
