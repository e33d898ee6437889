namespace NormsEngine.Diagnostics;

/// <summary>A threshold a rule compared with: its value in force and where that value came from.</summary>
/// <param name="Name">The threshold's name (<c>criticalPatchSlaDays</c>).</param>
/// <param name="Value">The value in force.</param>
/// <param name="Source">Where the value came from.</param>
/// <param name="Origin">The pack's ID (default or pack), the configuration file (configuration), or <c>null</c> (options).</param>
/// <param name="Line">The configuration file's line that sets it, or 0.</param>
public sealed record ThresholdEvidence(string Name, decimal Value, ThresholdSource Source, string? Origin, int Line);
