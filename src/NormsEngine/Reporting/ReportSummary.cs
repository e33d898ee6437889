using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// The summary lines of a run, as the text format ends with them: documents, active findings, verdicts, suppressed
/// and baselined findings; and how the findings compare with the baseline. A tool writing another format shows
/// the same lines (on standard error), so that every summary counts alike.
/// </summary>
public static class ReportSummary
{
    /// <summary>The summary line: documents (and how many were not evaluated), active findings by severity, verdicts (only those given), suppressed, baselined.</summary>
    /// <param name="tally">The run's counts.</param>
    /// <returns>One line, for example <c>2 documents: 0 errors, 3 warnings, 0 info findings; verdicts: 9 satisfied, ...</c>.</returns>
    public static string Describe(ReportTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var notEvaluated = tally.NotEvaluated > 0 ? $" ({tally.NotEvaluated} not evaluated)" : string.Empty;
        var text = $"{Count(tally.Documents, "document")}{notEvaluated}: {Count(tally.Errors, "error")}, "
            + $"{Count(tally.Warnings, "warning")}, {Count(tally.Infos, "info finding")}";
        if (tally.Verdicts.Any())
        {
            text += $"; verdicts: {string.Join(", ", tally.Verdicts.Select(v => $"{v.Count} {Names.Of(v.Verdict)}"))}";
        }

        return text + (tally.Suppressed > 0 ? $"; {tally.Suppressed} suppressed" : string.Empty) + (tally.Baselined > 0 ? $"; {tally.Baselined} baselined" : string.Empty);
    }

    /// <summary>The baseline line: how the run's findings compare with the baseline.</summary>
    /// <param name="baseline">The comparison.</param>
    /// <returns>One line, for example <c>baseline norms.baseline.json: 1 new, 4 unchanged, 2 absent</c>.</returns>
    public static string Describe(BaselineSummary baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return $"baseline {MessageText.Line(baseline.File)}: {baseline.New} new, {baseline.Unchanged} unchanged, {baseline.Absent} absent";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
