using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P5NonProliferation;

/// <summary>PC0502: security researchers have a coordinated-disclosure policy for their findings.</summary>
internal sealed class PC0502DisclosurePolicy : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0502", Severity.Warning, "securityResearcher",
        "Security researchers have a coordinated-disclosure policy for their findings",
        "No coordinated-disclosure policy covers the vulnerabilities the organisation finds; a security researcher must have one",
        "Vulnerabilities found in others' products are dangerous knowledge: without a policy saying they go to the vendor in coordination, they can leak, be sold or be used. A coordinated-disclosure policy keeps research on the side of defence.",
        "Write and publish a coordinated-disclosure policy for your own findings (whom you notify, how, and the disclosure deadline), apply it to every finding, and set nonProliferation.disclosurePolicy to true.",
        "ISO/IEC 29147:2018", "CERT Guide to Coordinated Vulnerability Disclosure", "UN GGE 2015 report (A/70/174), norm 13(j)");

    private static readonly Expression<Func<Organisation, object?>> DisclosurePolicy = x => x.NonProliferation.DisclosurePolicy;

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
        context.Decide(Descriptor, o, DisclosurePolicy, ThreeValued.IsFalse(o.NonProliferation.DisclosurePolicy));
}
