using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0602: a software producer with a published disclosure policy also publishes security.txt.</summary>
internal sealed class PC0602SecurityTxt : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0602", Severity.Warning, "softwareProducer",
        "The disclosure policy is announced in security.txt",
        "A vulnerability-disclosure policy is published but no /.well-known/security.txt points to it; researchers must be able to find it there",
        "Researchers look for a product's security contact in /.well-known/security.txt (RFC 9116) before anywhere else. A policy that is published but cannot be found there is missed, and reports end up in general support queues or in public.",
        "Publish /.well-known/security.txt on the product's and the company's web sites with Contact, Policy (the disclosure policy's URL) and Expires fields, renew it before it expires, and set lifecycle.disclosure.securityTxt to true.",
        "RFC 9116");

    private static readonly Expression<Func<Organisation, object?>> SecurityTxt = x => x.Lifecycle.Disclosure.SecurityTxt;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation, o => o.Lifecycle.Disclosure.Published == true);
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static void Evaluate(RuleContext context, Organisation o) =>
        context.Decide(Descriptor, o, SecurityTxt, ThreeValued.IsFalse(o.Lifecycle.Disclosure.SecurityTxt));
}
