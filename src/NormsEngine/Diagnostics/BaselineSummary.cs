namespace NormsEngine.Diagnostics;

/// <summary>How the run's findings compare with the baseline.</summary>
/// <param name="File">The baseline file as the caller named it.</param>
/// <param name="New">Findings not in the baseline.</param>
/// <param name="Unchanged">Findings in the baseline (baselined).</param>
/// <param name="Absent">Baseline entries that no finding matched any more.</param>
public sealed record BaselineSummary(string File, int New, int Unchanged, int Absent);
