namespace NormsEngine.Diagnostics;

/// <summary>
/// One thing a rule or the engine reports about a document: which rule, how serious, what was found and where.
/// </summary>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="descriptor">The rule that reports it.</param>
    /// <param name="message">What was found, with the values.</param>
    /// <param name="location">Where it points.</param>
    /// <param name="outcome">The rule outcome behind the finding.</param>
    public Finding(RuleDescriptor descriptor, string message, SourceLocation location, Outcome outcome = Outcome.Failed)
    {
        Descriptor = descriptor;
        Message = message;
        Location = location;
        Outcome = outcome;
        Severity = descriptor.DefaultSeverity;
        Principle = descriptor.Principle;
    }

    /// <summary>The rule that reports the finding.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's stable ID.</summary>
    public string RuleId => Descriptor.Id;

    /// <summary>Effective severity, after configuration.</summary>
    public Severity Severity { get; init; }

    /// <summary>What was found, with the values.</summary>
    public string Message { get; }

    /// <summary>Where the finding points.</summary>
    public SourceLocation Location { get; }

    /// <summary>The rule outcome behind the finding: <see cref="Outcome.Failed"/> or <see cref="Outcome.InsufficientData"/>.</summary>
    public Outcome Outcome { get; }

    /// <summary>The rule's principle (<c>P1</c> to <c>P9</c>), or <c>null</c> for engine diagnostics.</summary>
    public string? Principle { get; init; }

    /// <summary>Stable identity of the finding across runs: a hash of rule ID, document and YAML path (never line numbers).</summary>
    public string Fingerprint { get; init; } = string.Empty;

    /// <summary>The suppression that covers the finding, or <c>null</c>.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Whether a suppression covers the finding.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>The finding's state against the baseline, or <c>null</c> when the run has no baseline.</summary>
    public BaselineState? BaselineState { get; init; }

    /// <summary>Whether the finding counts: neither suppressed nor in the baseline. Only such findings lower verdicts and fail runs.</summary>
    public bool IsActive => Suppression is null && BaselineState != Diagnostics.BaselineState.Unchanged;

    /// <summary>
    /// The automatic repairs of the finding (<c>norms fix</c>), each a title and text edits; empty when the engine
    /// cannot tell what was meant.
    /// </summary>
    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];

    /// <summary>For NE0201: the paths the rule needed that are not declared, for the questionnaire (<see cref="CodeFixes.AddMissing"/>).</summary>
    internal IReadOnlyList<string> MissingPaths { get; init; } = [];

    /// <summary>The finding as compilers print it: <c>file(line,col): error ID: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {SeverityNames.Name(Severity)} {RuleId}: {Message}";
}
