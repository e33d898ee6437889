using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0303: election actors with an election within a year have run a security exercise within preElectionExerciseWindowDays.</summary>
internal sealed class PC0303PreElectionExercise : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0303", Severity.Warning, "electionActor",
        "Election actors run a security exercise before each election",
        "The last election-security exercise was on {0}, {1} days ago; with an election on {2}, it must be at most {3} days old",
        "The months before an election are when interference is prepared and when the people who must respond are busiest. An exercise within the pre-election window tests contacts, escalation and decisions against the threats of this election, not of the last one.",
        "Run an election-security exercise (for example a tabletop on a hack-and-leak or a disrupted count) within preElectionExerciseWindowDays (180 by default) of the as-of date, ahead of the election, and record it in elections.lastExercise.",
        "NIST CSF 2.0 ID.IM-02", "CIS Controls v8 17.7");

    private static readonly Expression<Func<Organisation, object?>> LastExercise = x => x.Elections.LastExercise;

    public override void Define()
    {
        RuleContext context = null!;
        Organisation organisation = null!;

        When()
            .Match(() => context)
            .Match(() => organisation, o => ElectionWithinAYear(context, o));
        Then()
            .Do(_ => Evaluate(context, organisation));
    }

    private static bool ElectionWithinAYear(RuleContext context, Organisation o) =>
        context.AgeInDays(o.Elections.NextElection) is { } age && age is <= 0 and >= -365;

    private static void Evaluate(RuleContext context, Organisation o)
    {
        var last = o.Elections.LastExercise;
        var age = context.AgeInDays(last);
        var window = context.Thresholds.Whole(ParisCallThresholds.PreElectionExerciseWindowDays);
        context.Decide(
            Descriptor,
            o,
            LastExercise,
            ThreeValued.Above(age, window),
            last,
            age,
            o.Elections.NextElection,
            window);
    }
}
