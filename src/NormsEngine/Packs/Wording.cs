namespace NormsEngine.Packs;

/// <summary>
/// How conditions put themselves into words (<see cref="PackCondition.Describe(Wording)"/>): how names and values are
/// set off from the words around them (as written in plain text, in code spans in Markdown), and the threshold
/// values to show next to their names (a pack's defaults, or the values a run uses).
/// </summary>
/// <param name="Code">Sets off a path, a text value, a pattern or a threshold name.</param>
/// <param name="Thresholds">Threshold values by name; a threshold not listed is named without a value.</param>
internal sealed record Wording(Func<string, string> Code, IReadOnlyDictionary<string, decimal> Thresholds)
{
    /// <summary>Names and values as written, thresholds without values.</summary>
    public static Wording Plain { get; } = new(static text => text, new Dictionary<string, decimal>());
}
