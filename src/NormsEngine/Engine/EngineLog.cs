using Microsoft.Extensions.Logging;

namespace NormsEngine.Engine;

/// <summary>The evaluator's log messages, defined once (<see cref="LoggerMessage.Define{T1, T2, T3, T4}(LogLevel, EventId, string)"/>).</summary>
internal static class EngineLog
{
    private static readonly Action<ILogger, int, string, int, long, int, Exception?> CompiledMessage = LoggerMessage.Define<int, string, int, long, int>(
        LogLevel.Information,
        new EventId(1, "RulesCompiled"),
        "Compiled {PackCount} rule pack(s) ({Packs}) into {RuleCount} rules in {CompileMilliseconds} ms; {SequentialCount} need no matching and fire in sequence");

    private static readonly Action<ILogger, string, int, int, double, Exception?> EvaluatedMessage = LoggerMessage.Define<string, int, int, double>(
        LogLevel.Debug,
        new EventId(2, "DocumentEvaluated"),
        "Evaluated {File} document {Index}: {FindingCount} finding(s) in {ElapsedMilliseconds:0.###} ms");

    public static void Compiled(ILogger logger, int packCount, string packs, int ruleCount, TimeSpan compileTime, int sequentialCount) =>
        CompiledMessage(logger, packCount, packs, ruleCount, (long)compileTime.TotalMilliseconds, sequentialCount, null);

    public static void Evaluated(ILogger logger, string? file, int index, int findingCount, TimeSpan elapsed) =>
        EvaluatedMessage(logger, file ?? "(text)", index, findingCount, elapsed.TotalMilliseconds, null);
}
