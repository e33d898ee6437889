using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P1IndividualsAndInfrastructure;

/// <summary>PC0104: essential services keep at least one offline or immutable backup copy.</summary>
internal sealed class PC0104OfflineBackups : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0104", Severity.Error, "essentialService",
        "Essential services keep an offline or immutable backup",
        "No backup copy is offline or immutable (resilience.backups.offlineOrImmutable is false); an essential service must keep at least one",
        "Ransomware operators look for backups first and encrypt or delete every copy they can reach from the network. An essential service whose backups are all online can lose its data and its means of recovery in the same attack.",
        "Keep at least one backup copy offline, air-gapped or in immutable (write-once) storage that production credentials cannot alter, and set resilience.backups.offlineOrImmutable to true.",
        "NIST CSF 2.0 PR.DS-11", "CIS Controls v8 11.4", "ISO/IEC 27001:2022 A.8.13");

    private static readonly Expression<Func<Organisation, object?>> OfflineOrImmutable = x => x.Resilience.Backups.OfflineOrImmutable;

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
        context.Decide(Descriptor, o, OfflineOrImmutable, ThreeValued.IsFalse(o.Resilience.Backups.OfflineOrImmutable));
}
