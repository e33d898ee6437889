using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>What a run's output knows before its first document.</summary>
/// <param name="Settings">The run's settings.</param>
/// <param name="ToolVersion">The engine's version.</param>
public sealed record ReportHeader(RunSettings Settings, string ToolVersion)
{
    /// <summary>The version a <see cref="Report"/> states by default: the engine assembly's.</summary>
    public static string DefaultToolVersion { get; } = new Report().ToolVersion;
}
