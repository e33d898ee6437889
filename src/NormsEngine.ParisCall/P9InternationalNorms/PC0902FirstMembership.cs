using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P9InternationalNorms;

/// <summary>PC0902: an organisation that runs a CSIRT is a member of FIRST.</summary>
internal sealed class PC0902FirstMembership : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0902", Severity.Warning, "csirtOperator",
        "The CSIRT is a member of FIRST",
        "The CSIRT is not a member of FIRST (norms.firstMembership: none); it should join as a liaison, associate or full member",
        "FIRST, the global Forum of Incident Response and Security Teams, is where CSIRTs build the trust and contacts that let them coordinate across borders during an incident. A CSIRT outside it is harder to reach and to work with when cross-border help is needed.",
        "Apply for FIRST membership (liaison, associate or full, with sponsorship from existing members), and record the membership level in norms.firstMembership.",
        "NIST CSF 2.0 RS.CO-03", "ISO/IEC 27001:2022 A.5.6");

    private static readonly Expression<Func<Organisation, object?>> Membership = x => x.Norms.FirstMembership;

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
        var membership = o.Norms.FirstMembership;
        context.Decide(Descriptor, o, Membership, membership is null ? null : membership == FirstMembership.None);
    }
}
