namespace NormsEngine.Diagnostics;

/// <summary>The as-of date a rule compared dates with, and where it came from.</summary>
/// <param name="Date">The as-of date.</param>
/// <param name="Source">The caller, the document's <c>metadata.assessedOn</c>, or the clock.</param>
/// <param name="Line">The line of <c>metadata.assessedOn</c> when the document gave it, or 0.</param>
public sealed record AsOfEvidence(DateOnly Date, AsOfSource Source, int Line);
