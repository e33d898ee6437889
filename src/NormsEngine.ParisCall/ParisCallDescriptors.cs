using NormsEngine.Diagnostics;
using NormsEngine.ParisCall.Releases;

namespace NormsEngine.ParisCall;

/// <summary>
/// The one factory for the pack's descriptors: the principle, category, help link and tags follow from the ID; the
/// <c>since:</c> tag (the release that added the rule) from the release ledger.
/// </summary>
internal static class ParisCallDescriptors
{
    private static readonly string[] Titles =
    [
        "Protect individuals and infrastructure", "Protect the Internet", "Defend electoral processes",
        "Defend intellectual property", "Non-proliferation", "Lifecycle security", "Cyber hygiene",
        "No private hack back", "International norms",
    ];

    /// <summary>Creates a Paris Call rule descriptor. <paramref name="id"/> is <c>PCppnn</c>: principle <c>pp</c>, rule <c>nn</c>.</summary>
    public static RuleDescriptor Create(
        string id,
        Severity severity,
        string scope,
        string title,
        string messageFormat,
        string description,
        string remediation,
        params string[] references)
    {
        var principle = int.Parse(id.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        return RuleDescriptor.Create(
            id,
            title,
            messageFormat,
            Titles[principle - 1],
            severity,
            description,
            remediation,
            principle: "P" + principle.ToString(System.Globalization.CultureInfo.InvariantCulture),
            references: references,
            tags: ParisCallLedger.Value.SinceOf(id) is { } since ? ["paris-call", "scope:" + scope, "since:" + since] : ["paris-call", "scope:" + scope],
            packFolder: "paris-call");
    }
}
