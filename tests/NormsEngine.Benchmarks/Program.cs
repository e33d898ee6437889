using BenchmarkDotNet.Running;

namespace NormsEngine.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/NormsEngine.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
