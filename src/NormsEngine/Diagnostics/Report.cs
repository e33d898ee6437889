namespace NormsEngine.Diagnostics;

/// <summary>The immutable result of an evaluation run: the only thing formatters see.</summary>
public sealed record Report
{
    /// <summary>One report per document, in input order.</summary>
    public IReadOnlyList<DocumentReport> Documents { get; init; } = [];

    /// <summary>The engine's version.</summary>
    public string ToolVersion { get; init; } = typeof(Report).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Whether any finding that is not suppressed is at or above <paramref name="failOn"/>.</summary>
    /// <param name="failOn">The lowest failing severity; <see cref="Severity.None"/> never fails.</param>
    /// <returns><c>true</c> when the run fails.</returns>
    public bool Fails(Severity failOn) =>
        failOn != Severity.None && Documents.Any(d => d.Findings.Any(f => !f.IsSuppressed && f.Severity >= failOn));
}
