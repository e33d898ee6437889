namespace NormsEngine.Diagnostics;

/// <summary>Where the as-of date of an evaluation came from.</summary>
public enum AsOfSource
{
    /// <summary>The caller gave it (<c>--as-of</c> or the evaluation options).</summary>
    Caller,

    /// <summary>The document's <c>metadata.assessedOn</c>.</summary>
    Document,

    /// <summary>Today, from the injected <see cref="TimeProvider"/>.</summary>
    Clock,
}
