using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P6Lifecycle;

/// <summary>PC0604: software producers follow a documented secure development lifecycle.</summary>
internal sealed class PC0604SecureDevelopment : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0604", Severity.Error, "softwareProducer",
        "Software producers follow a documented secure development lifecycle",
        "The secure development lifecycle is not documented; a software producer must document one",
        "Security that depends on individual developers' habits is not repeatable. A documented secure development lifecycle (threat modelling, secure coding rules, review, testing, release and patching) makes products secure by design and throughout their life.",
        "Document the secure development lifecycle (for example after NIST SSDF or ISO/IEC 27034), train developers on it, check it in the pipeline, and set lifecycle.sdlc.documented to true.",
        "NIST CSF 2.0 PR.PS-06", "CIS Controls v8 16.1", "ISO/IEC 27001:2022 A.8.25", "ISO/IEC 27001:2022 A.8.28");

    private static readonly Expression<Func<Organisation, object?>> SdlcDocumented = x => x.Lifecycle.Sdlc.Documented;

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
        context.Decide(Descriptor, o, SdlcDocumented, ThreeValued.IsFalse(o.Lifecycle.Sdlc.Documented));
}
