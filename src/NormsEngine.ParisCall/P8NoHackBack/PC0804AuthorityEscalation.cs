using System.Linq.Expressions;
using System.Text.Json;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P8NoHackBack;

/// <summary>PC0804: the incident-response plan escalates to the national CSIRT or to law enforcement.</summary>
internal sealed class PC0804AuthorityEscalation : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0804", Severity.Warning, "all",
        "The incident-response plan escalates to the national CSIRT or law enforcement",
        "The incident-response plan escalates to {0}; it must escalate to the national CSIRT or law enforcement",
        "The lawful alternative to hacking back is to hand the attacker over to the authorities: the national CSIRT and law enforcement can act against attacker infrastructure where a private organisation must not. A plan that does not escalate to either leaves responders with no one to turn to but themselves.",
        "Add the national CSIRT and/or law enforcement (with contact details and criteria for when to call them) to the incident-response plan, and list them in incidentResponse.escalation (nationalCsirt, lawEnforcement).",
        "NIST CSF 2.0 RS.CO-02", "NIST CSF 2.0 RS.MA-01", "CIS Controls v8 17.2", "ISO/IEC 27001:2022 A.5.5");

    private static readonly Expression<Func<Organisation, object?>> Escalation = x => x.IncidentResponse.Escalation;

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
        if (o.IncidentResponse.Escalation is not { } escalation)
        {
            context.InsufficientData(Descriptor, o, Escalation);
            return;
        }

        var reachesAuthority = escalation.Contains(EscalationTarget.NationalCsirt) || escalation.Contains(EscalationTarget.LawEnforcement);
        if (reachesAuthority)
        {
            context.Pass(Descriptor, o, Escalation);
            return;
        }

        // The message names the targets: written only when the rule fails.
        var targets = escalation.Count == 0
            ? "no one"
            : string.Join(", ", escalation.Distinct().Select(t => JsonNamingPolicy.CamelCase.ConvertName(t.ToString())));
        context.Fail(Descriptor, o, Escalation, targets);
    }
}
