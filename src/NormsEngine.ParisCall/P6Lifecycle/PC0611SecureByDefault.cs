using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0611 (release 0.2.0): products ship with a secure default configuration.</summary>
internal sealed class PC0611SecureByDefault : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0611", Severity.Warning, "softwareProducer",
        "Products ship with a secure default configuration",
        "Products do not ship with a secure default configuration (lifecycle.secureByDefault is false)",
        "Most users never change the settings a product ships with. Default passwords, services open to the network and security features turned off by default are how products end up in botnets. The EU Cyber Resilience Act (Annex I, Part I, point 2(b)) requires products to be made available with a secure by default configuration, with the possibility to reset them to it.",
        "Ship with unique or user-set credentials, unneeded services off, security features and automatic security updates on, and a way to reset the product to that state; then set lifecycle.secureByDefault to true.",
        "EU CRA Annex I part I (2)(b)");

    private static readonly Expression<Func<Organisation, object?>> SecureByDefault = x => x.Lifecycle.SecureByDefault;

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
        context.Decide(Descriptor, o, SecureByDefault, ThreeValued.IsFalse(o.Lifecycle.SecureByDefault));
}
