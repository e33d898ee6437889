using System.Globalization;
using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using NormsEngine.Diagnostics;
using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall.P7CyberHygiene;

/// <summary>PC0706: hardware and software inventories exist and were reviewed within inventoryReviewMaxAgeDays.</summary>
internal sealed class PC0706AssetInventory : Rule
{
    public static readonly RuleDescriptor Descriptor = ParisCallDescriptors.Create(
        "PC0706", Severity.Warning, "all",
        "Hardware and software inventories exist and are reviewed regularly",
        "{0}",
        "An organisation cannot protect, patch or recover assets it does not know it has; forgotten servers and unmanaged software are where intrusions start. Inventories of hardware and software must exist and be reviewed at least every inventoryReviewMaxAgeDays (183 by default, about six months).",
        "Keep a hardware and a software asset inventory (ideally fed by automated discovery), review both at least every inventoryReviewMaxAgeDays days, and record the date of the last review in hygiene.inventory.lastReview.",
        "NIST CSF 2.0 ID.AM-01", "NIST CSF 2.0 ID.AM-02", "CIS Controls v8 1.1", "CIS Controls v8 2.1", "ISO/IEC 27001:2022 A.5.9");

    private static readonly Expression<Func<Organisation, object?>> HardwareInventory = x => x.Hygiene.Inventory.Hardware;
    private static readonly Expression<Func<Organisation, object?>> SoftwareInventory = x => x.Hygiene.Inventory.Software;
    private static readonly Expression<Func<Organisation, object?>> LastReview = x => x.Hygiene.Inventory.LastReview;

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
        var inventory = o.Hygiene.Inventory;
        var maxAge = context.Thresholds.Whole(ParisCallThresholds.InventoryReviewMaxAgeDays);
        var age = context.AgeInDays(inventory.LastReview);
        context.Check(Descriptor, o)
            .FailsWhen(
                HardwareInventory,
                ThreeValued.IsFalse(inventory.Hardware),
                "No hardware asset inventory is kept; one must exist and be reviewed regularly")
            .FailsWhen(
                SoftwareInventory,
                ThreeValued.IsFalse(inventory.Software),
                "No software asset inventory is kept; one must exist and be reviewed regularly")
            .FailsWhen(
                LastReview,
                ThreeValued.Above(age, maxAge),
                $"The asset inventories were last reviewed on {inventory.LastReview?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {age} days ago; they must be reviewed at least every {maxAge} days")
            .Report();
    }
}
