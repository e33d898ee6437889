namespace NormsEngine.Diagnostics;

/// <summary>The immutable result of an evaluation run: the only thing formatters see.</summary>
public sealed record Report
{
    /// <summary>One report per document, in input order.</summary>
    public IReadOnlyList<DocumentReport> Documents { get; init; } = [];

    /// <summary>Findings about the run rather than one document: configuration, packs, stale or expired suppressions.</summary>
    public IReadOnlyList<Finding> RunFindings { get; init; } = [];

    /// <summary>The settings the run used.</summary>
    public RunSettings Settings { get; init; } = new();

    /// <summary>How the findings compare with the baseline, or <c>null</c> when the run has none.</summary>
    public BaselineSummary? Baseline { get; init; }

    /// <summary>The engine's version.</summary>
    public string ToolVersion { get; init; } = EngineVersion;

    /// <summary>The engine assembly's version, read once (reading an assembly's name allocates).</summary>
    private static readonly string EngineVersion = typeof(Report).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Every finding: the run's, then each document's.</summary>
    public IEnumerable<Finding> AllFindings => RunFindings.Concat(Documents.SelectMany(d => d.Findings));

    /// <summary>
    /// Whether the run fails: an active finding (neither suppressed nor baselined) is at or above
    /// <paramref name="failOn"/>, or a document could not be evaluated (whatever became of its findings).
    /// </summary>
    /// <param name="failOn">The lowest failing severity; <see cref="Severity.None"/> never fails.</param>
    /// <returns><c>true</c> when the run fails.</returns>
    public bool Fails(Severity failOn) =>
        failOn != Severity.None && (Documents.Any(d => !d.Evaluated) || AllFindings.Any(f => f.IsActive && f.Severity >= failOn));
}
