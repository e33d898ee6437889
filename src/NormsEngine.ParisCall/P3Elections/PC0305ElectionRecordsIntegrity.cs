using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P3Elections;

/// <summary>PC0305 (release 0.2.0): voter registers and tallies are backed up and keep audit trails.</summary>
internal sealed class PC0305ElectionRecordsIntegrity : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0305", Severity.Error, "electionBody",
        "Voter registers and tallies are backed up and keep audit trails",
        "Voter registers and tallies lack offline backups or tamper-evident audit trails (elections.recordsBackedUpAndAudited is false); an election body must be able to restore and prove them",
        "An attack that alters or destroys a voter register or a tally undermines an election even when it is detected: without an offline backup the data cannot be restored in time, and without a tamper-evident audit trail no one can show which figures are right. Election bodies hold the records whose integrity the result rests on.",
        "Keep offline or immutable backups of the voter registers and tally data, log every change to them in a tamper-evident audit trail, rehearse a restore before each election, and set elections.recordsBackedUpAndAudited to true.",
        "NIST CSF 2.0 PR.DS-11", "NIST CSF 2.0 PR.PS-04", "CIS Controls v8 8.2", "ISO/IEC 27001:2022 A.8.13", "ISO/IEC 27001:2022 A.8.15");

    private static readonly Expression<Func<Organisation, object?>> RecordsBackedUpAndAudited = x => x.Elections.RecordsBackedUpAndAudited;

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
        context.Decide(Descriptor, o, RecordsBackedUpAndAudited, ThreeValued.IsFalse(o.Elections.RecordsBackedUpAndAudited));
}
