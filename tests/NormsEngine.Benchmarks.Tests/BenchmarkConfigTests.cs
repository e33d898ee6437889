using BenchmarkDotNet.Jobs;

namespace NormsEngine.Benchmarks.Tests;

/// <summary>The guard (`--job short`) runs the command line's job alone, not beside the classes' own.</summary>
public sealed class BenchmarkConfigTests
{
    [Theory]
    [InlineData(true, "--filter", "*", "--job", "short")]
    [InlineData(true, "-j", "short")]
    [InlineData(true, "--job=short")]
    [InlineData(false, "--filter", "*EvaluationBenchmarks*")]
    [InlineData(false, "--filter", "--jobs-are-not-a-flag")]
    public void NamesJob_Arguments_TellsWhetherAJobIsNamed(bool expected, params string[] args)
    {
        Assert.Equal(expected, BenchmarkConfig.NamesJob(args));
    }

    [Fact]
    public void Constructor_JobFromCommandLine_AddsNoJobOfItsOwn()
    {
        var before = BenchmarkConfig.JobFromCommandLine;
        try
        {
            BenchmarkConfig.JobFromCommandLine = false;
            Job[] own = [.. new BenchmarkConfig().GetJobs()];
            BenchmarkConfig.JobFromCommandLine = true;
            Job[] none = [.. new BenchmarkConfig().GetJobs()];

            Assert.Single(own);
            Assert.Empty(none);
        }
        finally
        {
            BenchmarkConfig.JobFromCommandLine = before;
        }
    }
}
