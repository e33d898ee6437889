using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P9InternationalNorms;

/// <summary>PC0905: the organisation shares threat intelligence with peers (informational).</summary>
internal sealed class PC0905ThreatIntelSharing : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0905", Severity.Info, "all",
        "The organisation shares threat intelligence with peers",
        "Threat intelligence is not shared with peers (norms.sharesThreatIntel: false)",
        "Sharing indicators and observations of attacks with peers lets others defend before the same attack reaches them, and is one of the confidence-building practices principle 9 promotes. The rule is informational: how and with whom to share depends on the organisation.",
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
