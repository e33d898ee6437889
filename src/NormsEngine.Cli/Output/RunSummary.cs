using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Cli.Output;

/// <summary>The one-line summary of a run: documents, active findings by severity, suppressed and baselined, verdicts, time.</summary>
internal static class RunSummary
{
    public static string Describe(Report report, TimeSpan elapsed)
    {
        var findings = report.AllFindings.ToList();
        var active = findings.Where(f => f.IsActive).ToList();
        var verdicts = report.Documents.SelectMany(d => d.Principles)
            .GroupBy(p => p.Verdict)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {VerdictName(g.Key)}");
        var text = $"{Count(report.Documents.Count, "document")}: {Count(active.Count(f => f.Severity == Severity.Error), "error")}, "
            + $"{Count(active.Count(f => f.Severity == Severity.Warning), "warning")}, {Count(active.Count(f => f.Severity == Severity.Info), "info finding")}";
        var suppressed = findings.Count(f => f.IsSuppressed);
        if (suppressed > 0)
        {
            text += $", {suppressed} suppressed";
        }

        if (report.Baseline is { } baseline)
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
