using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>What a run's output knows once every document is done.</summary>
/// <param name="RunFindings">Findings about the run rather than one document.</param>
/// <param name="Baseline">The baseline summary, or <c>null</c> when the run has no baseline.</param>
/// <param name="Tally">The counts over every document and the run findings.</param>
public sealed record ReportEnd(IReadOnlyList<Finding> RunFindings, BaselineSummary? Baseline, ReportTally Tally);
