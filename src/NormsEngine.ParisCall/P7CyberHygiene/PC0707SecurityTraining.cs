using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0707: at least trainingCompletionPct of staff completed security training in the last year.</summary>
internal sealed class PC0707SecurityTraining : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0707", Severity.Warning, "all",
        "Staff complete security training every year",
        "{0}% of staff completed security training in the last year; at least {1}% must",
        "Phishing and social engineering remain the most common first step of an intrusion, and staff who have never been trained are the easiest to deceive. Advanced cyber hygiene for all actors means that nearly everyone (trainingCompletionPct, 90% by default) completes security awareness training every year.",
        "Run a yearly security awareness programme (phishing, passwords and MFA, reporting incidents), follow up on staff who have not completed it, and record the completion rate in hygiene.training.annualCompletionPct.",
        "NIST CSF 2.0 PR.AT-01", "CIS Controls v8 14.1", "ISO/IEC 27001:2022 A.6.3");

    private static readonly Expression<Func<Organisation, object?>> AnnualCompletionPct = x => x.Hygiene.Training.AnnualCompletionPct;

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
        var pct = o.Hygiene.Training.AnnualCompletionPct;
        // A percentage threshold may have decimals (99.5); truncating it would let 99.2 pass.
        var min = context.Thresholds[ParisCallThresholds.TrainingCompletionPct];
        context.Decide(Descriptor, o, AnnualCompletionPct, ThreeValued.Below(pct, min), pct, min);
    }
}
