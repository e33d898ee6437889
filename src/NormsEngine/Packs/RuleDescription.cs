namespace NormsEngine.Packs;

/// <summary>
/// A rule in words, from the compiled rule itself: what it runs over, when it applies, when it fails and which values
/// it reads. The clauses complete "the rule fails when ..." and "... applies only when ...": for example
/// "incidentResponse.reporting.earlyWarningHours is greater than the threshold maxEarlyWarningHours (24)",
/// "roles.nis2Entity is one of important, essential", "any of: A; B", "not: A".
/// </summary>
public sealed record RuleDescription
{
    /// <summary>The rule's ID.</summary>
    public required string RuleId { get; init; }

    /// <summary>The list the rule runs over once per item (<c>supplyChain.suppliers</c>), or <c>null</c> for a rule on the whole document.</summary>
    public string? ForEach { get; init; }

    /// <summary>When the rule applies, as a clause; <c>null</c> when it always applies.</summary>
    public string? AppliesWhen { get; init; }

    /// <summary>When the rule fails, as a clause.</summary>
    public required string FailsWhen { get; init; }

    /// <summary>The paths the failing condition reads, in order of appearance, each once (<c>item.</c> paths as written).</summary>
    public required IReadOnlyList<string> CheckedPaths { get; init; }

    /// <summary>The whole rule in sentences: "The rule fails when A, and applies only when B."</summary>
    public required string Summary { get; init; }

    /// <summary>The rule's message as written, its values named by their paths: "Early warning in {incidentResponse.reporting.earlyWarningHours} hours".</summary>
    public required string Message { get; init; }
}
