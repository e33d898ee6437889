using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P9InternationalNorms;

/// <summary>
/// PC0903 (release 0.1.0; removed in 0.2.0, moved to principle 1 as PC0107): essential services belong to an ISAC.
/// Kept so that a pack pinned to 0.1.0 runs it.
/// </summary>
internal sealed class PC0903IsacMembership : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0903", Severity.Warning, "essentialService",
        "Essential services belong to an ISAC",
        "The organisation belongs to no ISAC (norms.isacs: []); an essential service must share information through at least one",
        "Information sharing and analysis centres (ISACs) let operators of essential services warn one another about threats and incidents in their sector, often before they reach the news. An essential service that belongs to none neither benefits from its peers' warnings nor helps them.",
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
