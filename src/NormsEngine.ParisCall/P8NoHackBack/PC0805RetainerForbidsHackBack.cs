using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P8NoHackBack;

/// <summary>PC0805: an incident-response retainer contract forbids hacking back.</summary>
internal sealed class PC0805RetainerForbidsHackBack : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0805", Severity.Warning, "all",
        "The incident-response retainer forbids hacking back",
        "The retainer with {0} does not forbid hacking back; the contract must forbid counter-attacks on the organisation's behalf",
        "An incident-response provider acting on the organisation's behalf could hack back in its name, for the purposes of another non-State actor, which the Paris Call asks to prevent. The retainer contract is where the organisation makes sure its provider never does.",
        "Add a clause to the retainer contract that forbids the provider from accessing, disrupting or deleting data on systems outside the organisation's estate, and set incidentResponse.retainer.forbidsHackBack to true.",
        "Paris Call principle 8", "NIST CSF 2.0 GV.SC-05", "ISO/IEC 27001:2022 A.5.20");

    private static readonly Expression<Func<Organisation, object?>> ForbidsHackBack = x => x.IncidentResponse.Retainer.ForbidsHackBack;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation, o => !string.IsNullOrWhiteSpace(o.IncidentResponse.Retainer.Provider));
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static void Evaluate(RuleContext context, Organisation o)
    {
        var retainer = o.IncidentResponse.Retainer;
        context.Decide(Descriptor, o, ForbidsHackBack, ThreeValued.IsFalse(retainer.ForbidsHackBack), retainer.Provider);
    }
}
