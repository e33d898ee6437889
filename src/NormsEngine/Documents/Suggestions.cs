namespace NormsEngine.Documents;

/// <summary>
/// "Did you mean": the one place that decides which known name a mistyped one was meant to be, for field and key
/// names, enum values, paths, operators, thresholds, configuration settings and the tool's commands and options.
/// </summary>
public static class Suggestions
{
    /// <summary>The closest candidate by edit distance (case-insensitive), when it is close enough to be a typo; else <c>null</c>.</summary>
    /// <param name="value">What was written.</param>
    /// <param name="candidates">The names that are known.</param>
    /// <returns>The candidate meant, or <c>null</c>.</returns>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var (best, distance) = Best(value, candidates);
        return best is not null && distance <= Math.Max(2, Math.Min(value.Length, best.Length) / 3) ? best : null;
    }

    /// <summary>The closest candidate by edit distance (case-insensitive), however far; <c>null</c> only when there is none.</summary>
    /// <param name="value">What was written.</param>
    /// <param name="candidates">The names that are known.</param>
    /// <returns>The first of the closest candidates, or <c>null</c>.</returns>
    public static string? Nearest(string value, IEnumerable<string> candidates) => Best(value, candidates).Candidate;

    /// <summary>
    /// The candidate meant, when <see cref="Closest"/> finds one and no other candidate is as close: what a fix may
    /// write without asking. <c>null</c> when none is close enough or two are equally close.
    /// </summary>
    /// <param name="value">What was written.</param>
    /// <param name="candidates">The names that are known.</param>
    /// <returns>The one candidate meant, or <c>null</c>.</returns>
    internal static string? Unambiguous(string value, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? [.. candidates];
        if (Closest(value, list) is not { } best)
        {
            return null;
        }

        var lower = value.ToLowerInvariant();
        var distance = EditDistance(lower, best.ToLowerInvariant());
        return list.Any(c => c != best && EditDistance(lower, c.ToLowerInvariant()) <= distance) ? null : best;
    }

    private static (string? Candidate, int Distance) Best(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = value.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(lower, candidate.ToLowerInvariant());
            if (best is null || distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return (best, bestDistance);
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions.</summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance; <see cref="int.MaxValue"/> for texts longer than 256 characters, which are never typos of a name.</returns>
    internal static int EditDistance(string a, string b)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
