using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0609 (release 0.2.0): software producers support their products with security updates long enough.</summary>
internal sealed class PC0609SecurityUpdateSupport : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0609", Severity.Warning, "softwareProducer",
        "Software producers support their products with security updates long enough",
        "Products receive security updates for {0} years; the support period must be at least {1} years",
        "A product whose security updates stop after a year or two stays in use for many more, vulnerable to every flaw found later. The EU Cyber Resilience Act (Article 13(8)) sets the support period to at least five years, unless the product is expected to be in use for less; the threshold securityUpdateSupportYears (5 by default) follows it.",
        "Declare a security-update support period of at least securityUpdateSupportYears years for every product (longer where products stay in use longer), publish its end date, and record it in lifecycle.securityUpdateYears.",
        "EU CRA Article 13(8)");

    private static readonly Expression<Func<Organisation, object?>> SecurityUpdateYears = x => x.Lifecycle.SecurityUpdateYears;

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
        var value = o.Lifecycle.SecurityUpdateYears;
        var min = context.Thresholds.Whole(ParisCallThresholds.SecurityUpdateSupportYears);
        context.Decide(Descriptor, o, SecurityUpdateYears, ThreeValued.Below(value, min), value, min);
    }
}
