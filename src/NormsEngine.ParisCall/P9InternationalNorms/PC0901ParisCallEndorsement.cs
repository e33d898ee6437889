using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P9InternationalNorms;

/// <summary>PC0901: the organisation endorses the Paris Call (informational).</summary>
internal sealed class PC0901ParisCallEndorsement : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0901", Severity.Info, "all",
        "The organisation endorses the Paris Call",
        "The Paris Call is not endorsed (norms.parisCall.endorsed: false)",
        "Endorsing the Paris Call for Trust and Security in Cyberspace is a public commitment to its nine principles, and each supporter adds to the widespread acceptance of international norms of responsible behaviour that principle 9 promotes. The rule is informational: endorsement is a choice, not a control.",
        "Consider endorsing the Paris Call through its website (pariscall.international), then set norms.parisCall.endorsed to true and norms.parisCall.since to the date of endorsement.",
        "Paris Call principle 9");

    private static readonly Expression<Func<Organisation, object?>> Endorsed = x => x.Norms.ParisCall.Endorsed;

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
        context.Decide(Descriptor, o, Endorsed, ThreeValued.IsFalse(o.Norms.ParisCall.Endorsed));
}
