using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0304: platforms and media have a process to detect and respond to influence operations.</summary>
internal sealed class PC0304InfluenceOperationResponse : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0304", Severity.Warning, "electionInformation",
        "Platforms and media can respond to influence operations",
        "There is no process to detect and respond to influence operations (elections.influenceOperationResponse is false); a platform or medium must have one during elections",
        "Online platforms and news media are where foreign influence operations reach voters: coordinated fake accounts, forged documents and leaked material laundered into the news. Without a process to detect and respond to them, these operations run unchecked through the campaign.",
        "Set up a process to detect and respond to influence operations (monitoring for coordinated inauthentic behaviour, verification of leaked material, escalation to the election authority), and set elections.influenceOperationResponse to true.",
        "Paris Call principle 3");

    private static readonly Expression<Func<Organisation, object?>> InfluenceOperationResponse = x => x.Elections.InfluenceOperationResponse;

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
        context.Decide(Descriptor, o, InfluenceOperationResponse, ThreeValued.IsFalse(o.Elections.InfluenceOperationResponse));
}
