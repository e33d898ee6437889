using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Output;

/// <summary>The one-line summary of a run: documents, active findings by severity, suppressed and baselined, verdicts, time.</summary>
internal static class RunSummary
{
    public static string Describe(ReportTally tally, BaselineSummary? baseline, TimeSpan elapsed)
    {
        var verdicts = tally.Verdicts.Select(v => $"{v.Count} {VerdictName(v.Verdict)}");
        var text = $"{Count(tally.Documents, "document")}: {Count(tally.Errors, "error")}, "
            + $"{Count(tally.Warnings, "warning")}, {Count(tally.Infos, "info finding")}";
        if (tally.Suppressed > 0)
        {
            text += $", {tally.Suppressed} suppressed";
        }

        if (baseline is not null)
        {
            text += $"; baseline: {baseline.New} new, {baseline.Unchanged} baselined, {baseline.Absent} absent";
        }

        return text + $"; verdicts: {string.Join(", ", verdicts)}; {Seconds(elapsed)}";
    }

    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string VerdictName(Verdict verdict)
    {
        var name = verdict.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
