namespace NormsEngine.Rules;

/// <summary>
/// Comparisons in three-valued logic for rule conditions: a value that is not declared (<c>null</c>) gives
/// <c>null</c> (unknown), never <c>false</c> as C#'s lifted operators would.
/// </summary>
public static class ThreeValued
{
    /// <summary><paramref name="value"/> &gt; <paramref name="limit"/>, or unknown.</summary>
    /// <param name="value">A declared value or <c>null</c>.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The comparison, or <c>null</c>.</returns>
    public static bool? Above(decimal? value, decimal limit) => value is { } v ? v > limit : null;

    /// <summary><paramref name="value"/> &lt; <paramref name="limit"/>, or unknown.</summary>
    /// <param name="value">A declared value or <c>null</c>.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The comparison, or <c>null</c>.</returns>
    public static bool? Below(decimal? value, decimal limit) => value is { } v ? v < limit : null;

    /// <summary><paramref name="value"/> is false, or unknown.</summary>
    /// <param name="value">A declared switch or <c>null</c>.</param>
    /// <returns><c>true</c> when declared false, <c>false</c> when declared true, <c>null</c> when not declared.</returns>
    public static bool? IsFalse(bool? value) => value is { } v ? !v : null;

    /// <summary>OR in three-valued logic: true if any is true, else unknown if any is unknown, else false.</summary>
    /// <param name="values">The operands.</param>
    /// <returns>The disjunction.</returns>
    public static bool? Or(params bool?[] values)
    {
        var unknown = false;
        foreach (var value in values)
        {
            if (value == true)
            {
                return true;
            }

            unknown |= value is null;
        }

        return unknown ? null : false;
    }

    /// <summary>AND in three-valued logic: false if any is false, else unknown if any is unknown, else true.</summary>
    /// <param name="values">The operands.</param>
    /// <returns>The conjunction.</returns>
    public static bool? And(params bool?[] values)
    {
        var unknown = false;
        foreach (var value in values)
        {
            if (value == false)
            {
                return false;
            }

            unknown |= value is null;
        }

        return unknown ? null : true;
    }
}
