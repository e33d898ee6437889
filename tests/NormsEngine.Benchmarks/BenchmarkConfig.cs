using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace NormsEngine.Benchmarks;

/// <summary>
/// The configuration every benchmark class shares: one job (one process, so the engine, the floor and the peer of a
/// class are measured side by side in the same run), allocations measured, and the median and the ratio to the
/// class's baseline shown, since this machine is shared and means are noisy.
/// </summary>
internal class BenchmarkConfig : ManualConfig
{
    /// <summary>Whether the command line names a job (<c>--job short</c>): then the classes add none of their own.</summary>
    public static bool JobFromCommandLine { get; set; }

    /// <summary>Whether BenchmarkDotNet's arguments name a job (<c>--job short</c>, <c>-j short</c>, <c>--job=short</c>).</summary>
    /// <param name="args">The command line.</param>
    /// <returns><c>true</c> when a job is named.</returns>
    public static bool NamesJob(IEnumerable<string> args) =>
        args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));

    public BenchmarkConfig()
        : this(Job.Default.WithWarmupCount(5).WithIterationCount(20).WithLaunchCount(1))
    {
    }

    protected BenchmarkConfig(Job job)
    {
        // A job given on the command line (`--job short`) replaces this one rather than running beside it.
        if (!JobFromCommandLine)
        {
            AddJob(job);
        }

        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}

/// <summary>For operations that take tens of milliseconds or more (compiling packs): each iteration runs the operation once.</summary>
internal sealed class SingleShotConfig : BenchmarkConfig
{
    public SingleShotConfig()
        : base(Job.Default.WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring).WithWarmupCount(3).WithIterationCount(15).WithInvocationCount(1).WithUnrollFactor(1).WithLaunchCount(1))
    {
    }
}
