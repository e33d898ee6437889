using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P5NonProliferation;

/// <summary>PC0505 (release 0.2.0): hosting providers act on reports of malware and command-and-control servers.</summary>
internal sealed class PC0505AbuseHandling : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0505", Severity.Warning, "hostingProvider",
        "Hosting providers act on reports of malware and command-and-control servers",
        "Reports of malware or command-and-control servers on its services are not acted on (nonProliferation.abuseHandling is false)",
        "Malicious tools spread from servers: malware is downloaded from hosted sites and botnets are steered from command-and-control servers rented from hosting providers. A provider that answers abuse reports and takes such servers down cuts the infrastructure that lets malicious software proliferate.",
        "Run an abuse contact (the abuse mailbox of RFC 2142, published in the registries), act on reports of malware and command-and-control servers within a stated time, and set nonProliferation.abuseHandling to true.",
        "RFC 2142", "Paris Call principle 5");

    private static readonly Expression<Func<Organisation, object?>> AbuseHandling = x => x.NonProliferation.AbuseHandling;

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
        context.Decide(Descriptor, o, AbuseHandling, ThreeValued.IsFalse(o.NonProliferation.AbuseHandling));
}
