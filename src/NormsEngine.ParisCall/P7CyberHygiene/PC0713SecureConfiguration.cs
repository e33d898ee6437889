using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0713 (release 0.2.0): systems are configured from secure configuration baselines.</summary>
internal sealed class PC0713SecureConfiguration : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0713", Severity.Warning, "all",
        "Systems are configured from secure configuration baselines",
        "Systems are not configured from documented secure configuration baselines (hygiene.secureConfigurationBaseline is false)",
        "Systems installed with their vendors' defaults run services nobody needs, with settings chosen for convenience rather than safety. A documented secure configuration baseline per kind of system (for example from the CIS Benchmarks), applied at installation and checked for drift, removes those weaknesses before attackers find them.",
        "Write a secure configuration baseline for each kind of system and software you run, apply it when systems are installed, check regularly for drift, review the baselines every year, and set hygiene.secureConfigurationBaseline to true.",
        "NIST CSF 2.0 PR.PS-01", "CIS Controls v8 4.1", "ISO/IEC 27001:2022 A.8.9");

    private static readonly Expression<Func<Organisation, object?>> SecureConfigurationBaseline = x => x.Hygiene.SecureConfigurationBaseline;

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
        context.Decide(Descriptor, o, SecureConfigurationBaseline, ThreeValued.IsFalse(o.Hygiene.SecureConfigurationBaseline));
}
