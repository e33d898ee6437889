using System.Linq.Expressions;
using System.Text.Json;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P8NoHackBack;

/// <summary>PC0801: a non-State actor does not act against attackers' systems without legal authority.</summary>
internal sealed class PC0801NoHackBackPractices : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0801", Severity.Error, "nonStateActor",
        "Non-State actors do not act against attackers' systems without legal authority",
        "Responses to attacks include {0} while hackBack.legalAuthority is {1}; a non-State actor must not act against attackers' systems on its own authority",
        "Hacking back (accessing, disrupting or deleting data on systems believed to belong to an attacker) by private actors risks hitting innocent third parties whose machines were hijacked, escalating conflicts and breaking computer-misuse law. The Paris Call asks that non-State actors do not hack back; only action under a court order or law-enforcement tasking is acceptable.",
        "Stop responses that reach into attackers' systems, keep to measures inside your own estate (sinkholing your own domains, internal deception), and hand attacker infrastructure over to law enforcement or the national CSIRT. Where such action is lawfully tasked, declare it in hackBack.legalAuthority (courtOrder or lawEnforcementTasking).",
        "Paris Call principle 8", "NIST CSF 2.0 GV.OC-03", "ISO/IEC 27001:2022 A.5.31");

    private static readonly Expression<Func<Organisation, object?>> Practices = x => x.HackBack.Practices;

    private static readonly HackBackPractice[] Offensive =
    [
        HackBackPractice.AccessAttackerSystems,
        HackBackPractice.DisruptAttackerInfrastructure,
        HackBackPractice.DeleteDataOnAttackerSystems,
    ];

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
        var hackBack = o.HackBack;
        if (hackBack.Practices is not { } practices)
        {
            context.InsufficientData(Descriptor, o, Practices);
            return;
        }

        var offensive = Offensive.Where(practices.Contains).ToArray();
        var unauthorised = hackBack.LegalAuthority is null or LegalAuthority.None;
        context.Decide(
            Descriptor,
            o,
            Practices,
            offensive.Length > 0 && unauthorised,
            string.Join(", ", offensive.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString()))),
            hackBack.LegalAuthority is null ? "not declared" : "none");
    }
}
