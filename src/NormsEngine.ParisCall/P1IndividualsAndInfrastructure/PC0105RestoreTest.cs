using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0105: backups have been restored successfully within restoreTestMaxAgeDays.</summary>
internal sealed class PC0105RestoreTest : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0105", Severity.Warning, "all",
        "Backups are test-restored every year",
        "The last successful restore test was on {0}, {1} days ago; backups must be test-restored at least every {2} days",
        "A backup that has never been restored is a hope, not a recovery capability: media fail, keys are lost and procedures go stale. Only a recent successful restore shows that the organisation can recover after destructive attacks.",
        "Restore a representative system from backup, check the result, record the date in resilience.backups.lastRestoreTest, and repeat at least every restoreTestMaxAgeDays (365 by default).",
        "NIST CSF 2.0 PR.DS-11", "CIS Controls v8 11.5");

    private static readonly Expression<Func<Organisation, object?>> LastRestoreTest = x => x.Resilience.Backups.LastRestoreTest;

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
        var last = o.Resilience.Backups.LastRestoreTest;
        var age = context.AgeInDays(last);
        var maxAge = context.Thresholds.Whole(ParisCallThresholds.RestoreTestMaxAgeDays);
        context.Decide(
            Descriptor,
            o,
            LastRestoreTest,
            ThreeValued.Above(age, maxAge),
            last,
            age,
            maxAge);
    }
}
