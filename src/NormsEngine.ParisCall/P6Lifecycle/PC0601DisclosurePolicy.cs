using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0601: software producers publish a vulnerability-disclosure policy.</summary>
internal sealed class PC0601DisclosurePolicy : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0601", Severity.Error, "softwareProducer",
        "Software producers publish a vulnerability-disclosure policy",
        "No vulnerability-disclosure policy is published; a software producer must publish one",
        "Researchers and customers who find a vulnerability in a product need to know how to report it safely. Without a published policy, reports get lost or go public before a fix, and the product stays vulnerable through its lifecycle.",
        "Publish a vulnerability-disclosure policy (scope, how to report, safe harbour, response times), declare its address in lifecycle.disclosure.url, and set lifecycle.disclosure.published to true.",
        "NIST CSF 2.0 ID.RA-08", "CIS Controls v8 16.2", "EU CRA Annex I part II (5)");

    private static readonly Expression<Func<Organisation, object?>> PolicyPublished = x => x.Lifecycle.Disclosure.Published;

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
        context.Decide(Descriptor, o, PolicyPublished, ThreeValued.IsFalse(o.Lifecycle.Disclosure.Published));
}
