using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>
/// PC0108: the organisation shares threat intelligence with peers (informational). Release 0.2.0 moved the practice
/// here from principle 9 (PC0905, removed): sharing prevents the spread of attacks, it is not a confidence-building
/// measure between States.
/// </summary>
internal sealed class PC0108ThreatIntelSharing : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0108", Severity.Info, "all",
        "The organisation shares threat intelligence with peers",
        "Threat intelligence is not shared with peers (norms.sharesThreatIntel: false)",
        "Sharing indicators and observations of attacks with peers lets others defend before the same attack reaches them: indiscriminate campaigns hit many organisations, and what one shares is how the next one prevents the harm principle 1 is about. The rule is informational: how and with whom to share depends on the organisation.",
        "Share threat intelligence with peers through an ISAC, a CSIRT or a trusted community (for example with MISP and the Traffic Light Protocol), and set norms.sharesThreatIntel to true.",
        "NIST CSF 2.0 RS.CO-03", "ISO/IEC 27001:2022 A.5.7");

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
