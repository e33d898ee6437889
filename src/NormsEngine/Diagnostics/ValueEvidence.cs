namespace NormsEngine.Diagnostics;

/// <summary>A value a rule or a scope read, as the model holds it, and where the document declares it.</summary>
/// <param name="Path">The YAML path (<c>hygiene.mfa.adminPct</c>).</param>
/// <param name="Value">The value as text (numbers invariant, dates as YYYY-MM-DD, lists comma-separated), or <c>null</c> when it has none.</param>
/// <param name="Declared">Whether the document declares it; a role switch not declared reads as its default.</param>
/// <param name="Line">The 1-based line where it is declared, or 0.</param>
/// <param name="Column">The 1-based column where it is declared, or 0.</param>
public sealed record ValueEvidence(string Path, string? Value, bool Declared, int Line, int Column)
{
    /// <summary>For a date compared with the as-of date: its age in days; otherwise <c>null</c>.</summary>
    public int? AgeInDays { get; init; }
}
