namespace NormsEngine.Model;

/// <summary>Patching (<c>hygiene.patching</c>).</summary>
public sealed record Patching
{
    /// <summary>Routine operating-system patch cycle, in days.</summary>
    [Field("Routine operating-system patch cycle, in days.", Kind = FieldKind.Days)]
    public int? OsCadenceDays { get; init; }

    /// <summary>Time to patch a critical vulnerability on an exposed system, in days.</summary>
    [Field("Time to patch a critical vulnerability on an exposed system, in days.", Kind = FieldKind.Days)]
    public int? CriticalExternalSlaDays { get; init; }
}
