namespace NormsEngine.Diagnostics;

/// <summary>A rule's scope in an explanation: its name, what it needs, whether it held, and the values it read.</summary>
/// <param name="Name">The scope's name (<c>essentialService</c>), or <c>appliesWhen</c> for a YAML rule's condition.</param>
/// <param name="Description">When the scope holds, in words.</param>
/// <param name="Holds">Whether it held for the document (or the supplier).</param>
/// <param name="Values">The values it read.</param>
public sealed record ScopeEvidence(string Name, string Description, bool Holds, IReadOnlyList<ValueEvidence> Values);
