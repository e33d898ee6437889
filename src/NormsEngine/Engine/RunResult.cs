using NormsEngine.Diagnostics;

namespace NormsEngine.Engine;

/// <summary>What a run found once every input is done, beyond the documents themselves.</summary>
/// <param name="RunFindings">NE0008 for each input that could not be read, in input order, then the configuration suppressions' NE0301, NE0302 and NE0303.</param>
/// <param name="Baseline">How the findings compare with the baseline, or <c>null</c> when the run has none.</param>
/// <param name="Tally">The counts over every document and the run findings: the CI gate (<see cref="ReportTally.Fails"/>).</param>
public sealed record RunResult(IReadOnlyList<Finding> RunFindings, BaselineSummary? Baseline, ReportTally Tally)
{
    /// <summary>Whether some input could not be read: the tool could not do its whole job (exit code 2).</summary>
    public bool HasUnreadableInputs { get; init; }
}
