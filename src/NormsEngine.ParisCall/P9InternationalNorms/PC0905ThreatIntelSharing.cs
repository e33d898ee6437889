using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P9InternationalNorms;

/// <summary>
/// PC0905 (release 0.1.0; removed in 0.2.0, moved to principle 1 as PC0108): the organisation shares threat
/// intelligence with peers. Kept so that a pack pinned to 0.1.0 runs it.
/// </summary>
internal sealed class PC0905ThreatIntelSharing : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0905", Severity.Info, "all",
        "The organisation shares threat intelligence with peers",
        "Threat intelligence is not shared with peers (norms.sharesThreatIntel: false)",
        "Sharing indicators and observations of attacks with peers lets others defend before the same attack reaches them. Release 0.1.0 filed it under principle 9; release 0.2.0 moves it to principle 1 as PC0108, since it is not a confidence-building measure between States. The rule is informational: how and with whom to share depends on the organisation.",
        "Share threat intelligence with peers through an ISAC, a CSIRT or a trusted community (for example with MISP and the Traffic Light Protocol), and set norms.sharesThreatIntel to true.",
        "NIST CSF 2.0 ID.RA-02", "NIST CSF 2.0 RS.CO-03", "ISO/IEC 27001:2022 A.5.7");

    private static readonly Expression<Func<Organisation, object?>> SharesThreatIntel = x => x.Norms.SharesThreatIntel;

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
        context.Decide(Descriptor, o, SharesThreatIntel, ThreeValued.IsFalse(o.Norms.SharesThreatIntel));
}
