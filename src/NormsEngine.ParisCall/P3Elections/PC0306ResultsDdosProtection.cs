using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0306 (release 0.2.0): the publication of election results is protected against denial of service.</summary>
internal sealed class PC0306ResultsDdosProtection : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0306", Severity.Warning, "electionBody",
        "The publication of election results is protected against denial of service",
        "The publication of results is not protected against denial-of-service attacks (elections.resultsDdosProtection is false)",
        "Knocking the results website offline on election night does not change a single vote, but it feeds claims that the count is being hidden or rigged. An election body that publishes results needs denial-of-service protection (a scrubbing service or a CDN, spare capacity, a fallback channel) in place before the night.",
        "Put the results publication behind a denial-of-service protection service or a CDN, test it under load before each election, prepare a fallback channel, and set elections.resultsDdosProtection to true.",
        "NIST CSF 2.0 PR.IR-03", "Paris Call principle 3");

    private static readonly Expression<Func<Organisation, object?>> ResultsDdosProtection = x => x.Elections.ResultsDdosProtection;

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
        context.Decide(Descriptor, o, ResultsDdosProtection, ThreeValued.IsFalse(o.Elections.ResultsDdosProtection));
}
