namespace NormsEngine.Diagnostics;

/// <summary>
/// Why one rule gave its outcome for one target, as an assessor's working notes: the scope and whether it held, every
/// value read (with its line), each threshold and where it came from, the as-of date when ages were compared, and the
/// comparison in words. Produced only when <c>EvaluationOptions.Explain</c> is set (<c>norms explain</c>).
/// Values come from the document: show them through <see cref="MessageText"/>.
/// </summary>
public sealed record Explanation
{
    /// <summary>The rule's ID.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's title.</summary>
    public required string Title { get; init; }

    /// <summary>The rule's principle, <c>P1</c> to <c>P9</c>, or <c>null</c>.</summary>
    public string? Principle { get; init; }

    /// <summary>The outcome: passed, failed, insufficient data, or not applicable (scope not holding, or turned off).</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The rule's effective severity (<see cref="Severity.None"/> when configuration turned it off).</summary>
    public Severity Severity { get; init; }

    /// <summary>What the outcome is about: empty for the organisation, or a supplier's path (<c>supplyChain.suppliers[2]</c>).</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>The rule's scope and whether it held, or <c>null</c> when the rule applies to every document.</summary>
    public ScopeEvidence? Scope { get; init; }

    /// <summary>Every value the rule read, in the order it read them.</summary>
    public IReadOnlyList<ValueEvidence> Values { get; init; } = [];

    /// <summary>Every threshold the rule compared with.</summary>
    public IReadOnlyList<ThresholdEvidence> Thresholds { get; init; } = [];

    /// <summary>The as-of date and its source, when the rule compared dates with it; otherwise <c>null</c>.</summary>
    public AsOfEvidence? AsOf { get; init; }

    /// <summary>
    /// The outcome in words: a failure's message, what a pass compared, the values an insufficient outcome misses, or
    /// why the rule does not apply.
    /// </summary>
    public required string Reason { get; init; }

    /// <summary>The comparisons behind the outcome, as numbers ("472 days &gt; 365 (exerciseMaxAgeDays)"); may be empty.</summary>
    public IReadOnlyList<string> Comparisons { get; init; } = [];

    /// <summary>For insufficient data: the questions to ask ("declare hygiene.mfa.adminPct: ..."); otherwise empty.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];
}
