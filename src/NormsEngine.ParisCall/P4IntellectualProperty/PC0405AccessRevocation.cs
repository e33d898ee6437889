using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P4IntellectualProperty;

/// <summary>PC0405 (release 0.2.0): access is revoked when people leave or change roles.</summary>
internal sealed class PC0405AccessRevocation : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0405", Severity.Warning, "ipHolder",
        "Access is revoked when people leave or change roles",
        "Access is not revoked when people leave or change roles (intellectualProperty.accessRevokedOnDeparture is false)",
        "Departing staff and contractors are a classic route for the theft of trade secrets and source code: an account left active after someone leaves, or rights kept after a move to another role, give access nobody watches. Revoking access at once when people leave or change roles closes that route.",
        "Tie account deactivation and rights removal to the leaving and role-change processes (preferably automated from the HR system), check it regularly, and set intellectualProperty.accessRevokedOnDeparture to true.",
        "NIST CSF 2.0 PR.AA-05", "CIS Controls v8 6.2", "ISO/IEC 27001:2022 A.5.18");

    private static readonly Expression<Func<Organisation, object?>> AccessRevokedOnDeparture = x => x.IntellectualProperty.AccessRevokedOnDeparture;

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
        context.Decide(Descriptor, o, AccessRevokedOnDeparture, ThreeValued.IsFalse(o.IntellectualProperty.AccessRevokedOnDeparture));
}
