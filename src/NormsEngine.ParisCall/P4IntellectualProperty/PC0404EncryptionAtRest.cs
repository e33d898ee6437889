using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P4IntellectualProperty;

/// <summary>PC0404: sensitive data, trade secrets included, is encrypted at rest.</summary>
internal sealed class PC0404EncryptionAtRest : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0404", Severity.Warning, "tradeSecretHolder",
        "Sensitive data is encrypted at rest",
        "Sensitive data is not encrypted at rest; trade secrets and confidential business information must be",
        "Stolen disks, backups, cloud snapshots and database dumps are a common route for the theft of trade secrets. Encryption at rest, with keys held apart from the data, makes such copies useless to the thief.",
        "Encrypt the stores that hold sensitive data (disks, databases, object storage, backups) with managed keys kept apart from the data, and set intellectualProperty.encryptSensitiveAtRest to true.",
        "NIST CSF 2.0 PR.DS-01", "CIS Controls v8 3.11", "ISO/IEC 27001:2022 A.8.24");

    private static readonly Expression<Func<Organisation, object?>> EncryptSensitiveAtRest = x => x.IntellectualProperty.EncryptSensitiveAtRest;

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
        context.Decide(Descriptor, o, EncryptSensitiveAtRest, ThreeValued.IsFalse(o.IntellectualProperty.EncryptSensitiveAtRest));
}
