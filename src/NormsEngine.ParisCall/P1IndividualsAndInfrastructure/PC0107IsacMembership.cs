using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>
/// PC0107: essential services belong to at least one ISAC. Release 0.2.0 moved the practice here from principle 9
/// (PC0903, removed): it protects critical infrastructure, not the confidence-building measures between States.
/// </summary>
internal sealed class PC0107IsacMembership : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0107", Severity.Warning, "essentialService",
        "Essential services belong to an ISAC",
        "The organisation belongs to no ISAC (norms.isacs: []); an essential service must share information through at least one",
        "Information sharing and analysis centres (ISACs) let operators of essential services warn one another about threats and incidents in their sector, often before they reach the news: a campaign seen by one operator can be blocked by the next before it causes the systemic harm to critical infrastructure that principle 1 is about. An essential service that belongs to none neither benefits from its peers' warnings nor helps them.",
        "Join the information sharing and analysis centre of your sector (or a national or regional one), take part in its exchanges, and list it in norms.isacs.",
        "NIST CSF 2.0 ID.RA-02", "NIST CSF 2.0 RS.CO-03", "CIS Controls v8 17.2", "ISO/IEC 27001:2022 A.5.6", "ISO/IEC 27001:2022 A.5.7");

    private static readonly Expression<Func<Organisation, object?>> Isacs = x => x.Norms.Isacs;

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
        var isacs = o.Norms.Isacs;
        context.Decide(Descriptor, o, Isacs, isacs is null ? null : isacs.Count == 0);
    }
}
