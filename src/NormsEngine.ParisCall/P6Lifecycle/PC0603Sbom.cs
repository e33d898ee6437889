using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0603: software producers produce software bills of materials.</summary>
internal sealed class PC0603Sbom : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0603", Severity.Warning, "softwareProducer",
        "Software producers produce software bills of materials",
        "No software bill of materials is produced for the software shipped; a software producer must produce one",
        "A software bill of materials lists the components a product ships with, so that the producer and its customers can tell within hours whether a newly disclosed vulnerability affects them. Without it, supply-chain vulnerabilities stay unpatched for months.",
        "Generate an SBOM (CycloneDX or SPDX) in the build for every release, ship it with the product, declare the format in lifecycle.sbom.format, and set lifecycle.sbom.produced to true.",
        "CIS Controls v8 16.4", "ISO/IEC 27001:2022 A.5.21", "EU CRA Annex I part II (1)");

    private static readonly Expression<Func<Organisation, object?>> SbomProduced = x => x.Lifecycle.Sbom.Produced;

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
        context.Decide(Descriptor, o, SbomProduced, ThreeValued.IsFalse(o.Lifecycle.Sbom.Produced));
}
