using BenchmarkDotNet.Running;

namespace NormsEngine.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/NormsEngine.Benchmarks -- --filter '*'</c>; or, with
/// <c>generate</c> first, writes a generated corpus for scale runs (<see cref="GenerateTool"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is [GenerateTool.Name, .. var rest])
        {
            return GenerateTool.Run(rest, Console.Out, Console.Error);
        }

        BenchmarkConfig.JobFromCommandLine = BenchmarkConfig.NamesJob(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
