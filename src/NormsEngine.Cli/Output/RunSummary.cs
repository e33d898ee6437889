using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Output;

/// <summary>
/// The one-line summary of a run on standard error, when the text format is not on standard output: the text
/// format's summary lines (documents, active findings by severity, verdicts, suppressed, baselined; the baseline
/// comparison) on one line, then the time. The same counts in the same words, whichever format was asked for.
/// </summary>
internal static class RunSummary
{
    public static string Describe(ReportTally tally, BaselineSummary? baseline, TimeSpan elapsed) =>
        ReportSummary.Describe(tally)
        + (baseline is null ? string.Empty : "; " + ReportSummary.Describe(baseline))
        + "; " + Seconds(elapsed);

    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
