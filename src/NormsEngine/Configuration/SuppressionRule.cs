using NormsEngine.Diagnostics;

namespace NormsEngine.Configuration;

/// <summary>
/// A suppression from the configuration file: which findings it covers (rule, optional path or path prefix,
/// optional document glob), why, who owns it and until when.
/// </summary>
public sealed record SuppressionRule
{
    /// <summary>The rule ID it covers (or a prefix ending in <c>*</c>).</summary>
    public required string Rule { get; init; }

    /// <summary>A YAML path, or a prefix ending in <c>.*</c>; <c>null</c> covers every path.</summary>
    public string? Path { get; init; }

    /// <summary>A glob over document paths (<c>samples/**/vendor.yaml</c>); <c>null</c> covers every document.</summary>
    public string? Document { get; init; }

    /// <summary>Why the findings are accepted; required (NE0303 otherwise).</summary>
    public string? Justification { get; init; }

    /// <summary>Who owns the decision.</summary>
    public string? Owner { get; init; }

    /// <summary>The last day the suppression applies (NE0301 after it).</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Where the suppression is written in the configuration file.</summary>
    public SourceLocation? Location { get; init; }
}
