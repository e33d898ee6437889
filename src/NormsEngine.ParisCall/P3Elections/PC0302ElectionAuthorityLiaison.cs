using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0302: election actors have a channel to the election authority or the national CSIRT.</summary>
internal sealed class PC0302ElectionAuthorityLiaison : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0302", Severity.Warning, "electionActor",
        "Election actors have a channel to the election authority or national CSIRT",
        "There is no channel to the election authority or national CSIRT (elections.liaisonWithNationalAuthority is false); an election actor must have one",
        "Interference in an election is seen in pieces by many actors at once; only the election authority and the national CSIRT can put the pieces together and respond in time. An actor without an established channel to them reports late, or not at all.",
        "Agree a point of contact and a reporting channel with the election authority and the national CSIRT before the campaign starts, test it, and set elections.liaisonWithNationalAuthority to true.",
        "NIST CSF 2.0 RS.CO-02", "CIS Controls v8 17.2", "ISO/IEC 27001:2022 A.5.5", "ISO/IEC 27001:2022 A.5.6");

    private static readonly Expression<Func<Organisation, object?>> LiaisonWithNationalAuthority = x => x.Elections.LiaisonWithNationalAuthority;

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
        context.Decide(Descriptor, o, LiaisonWithNationalAuthority, ThreeValued.IsFalse(o.Elections.LiaisonWithNationalAuthority));
}
