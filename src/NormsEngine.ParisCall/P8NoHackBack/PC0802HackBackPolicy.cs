using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P8NoHackBack;

/// <summary>PC0802: a non-State actor has a written policy that forbids hacking back.</summary>
internal sealed class PC0802HackBackPolicy : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0802", Severity.Warning, "nonStateActor",
        "A written policy forbids hacking back",
        "No written policy forbids hacking back (hackBack.policyProhibits: false); a non-State actor must forbid it in writing",
        "Under the pressure of an incident, staff or contractors may be tempted to strike back at an attacker. A written policy that forbids it makes the organisation's position clear before the incident, and gives responders a rule to follow.",
        "Adopt a written policy, approved by management, that forbids accessing, disrupting or deleting data on systems outside the organisation's own estate in response to attacks, and set hackBack.policyProhibits to true.",
        "Paris Call principle 8", "NIST CSF 2.0 GV.PO-01", "ISO/IEC 27001:2022 A.5.1");

    private static readonly Expression<Func<Organisation, object?>> PolicyProhibits = x => x.HackBack.PolicyProhibits;

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
        context.Decide(Descriptor, o, PolicyProhibits, ThreeValued.IsFalse(o.HackBack.PolicyProhibits));
}
