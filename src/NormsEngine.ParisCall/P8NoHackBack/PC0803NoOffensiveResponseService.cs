using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P8NoHackBack;

/// <summary>PC0803: a non-State security services provider does not offer counter-attacks to its clients.</summary>
internal sealed class PC0803NoOffensiveResponseService : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0803", Severity.Error, "securityServices",
        "Security providers do not offer counter-attacks to clients",
        "Counter-attacks are offered to clients (hackBack.offersOffensiveResponse: true); a non-State security provider must not hack back for others",
        "The Paris Call asks that non-State actors do not hack back, either for their own purposes or for those of other non-State actors. A security services provider that sells counter-attacks hacks back on its clients' behalf, with the same risks to innocent third parties and the same breach of the law.",
        "Withdraw counter-attack (\"active defence\" beyond the client's own estate) from the service catalogue and contracts, offer containment, sinkholing of the client's own domains and referral to law enforcement instead, and set hackBack.offersOffensiveResponse to false.",
        "Paris Call principle 8");

    private static readonly Expression<Func<Organisation, object?>> OffersOffensiveResponse = x => x.HackBack.OffersOffensiveResponse;

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
        context.Decide(Descriptor, o, OffersOffensiveResponse, o.HackBack.OffersOffensiveResponse);
}
