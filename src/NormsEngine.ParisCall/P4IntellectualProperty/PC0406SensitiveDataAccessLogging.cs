using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P4IntellectualProperty;

/// <summary>PC0406 (release 0.2.0): access to sensitive data is logged.</summary>
internal sealed class PC0406SensitiveDataAccessLogging : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0406", Severity.Warning, "tradeSecretHolder",
        "Access to sensitive data is logged",
        "Access to sensitive data is not logged (intellectualProperty.sensitiveDataAccessLogged is false); theft of trade secrets would leave no trace",
        "Trade secrets are usually stolen by someone who can read them: an insider, or an intruder with a stolen account. Without a log of who accessed, changed or disposed of sensitive data, such theft is neither detected nor provable afterwards.",
        "Log access to sensitive data (reads, modifications and disposal) in the repositories that hold it, keep the logs where the users cannot alter them, review them, and set intellectualProperty.sensitiveDataAccessLogged to true.",
        "CIS Controls v8 3.14", "ISO/IEC 27001:2022 A.8.15");

    private static readonly Expression<Func<Organisation, object?>> SensitiveDataAccessLogged = x => x.IntellectualProperty.SensitiveDataAccessLogged;

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
        context.Decide(Descriptor, o, SensitiveDataAccessLogged, ThreeValued.IsFalse(o.IntellectualProperty.SensitiveDataAccessLogged));
}
