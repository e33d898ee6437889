namespace NormsEngine.Model;

/// <summary>Backups and recovery (<c>resilience</c>).</summary>
public sealed record Resilience
{
    /// <summary>Backups.</summary>
    [Field("Backups.")]
    public Backups Backups { get; init; } = new();

    /// <summary>Recovery time objective of the most important service, in hours.</summary>
    [Field("Recovery time objective of the most important service, in hours.", Kind = FieldKind.Hours)]
    public int? RtoHours { get; init; }

    /// <summary>Longest outage that service can tolerate, in hours.</summary>
    [Field("Longest outage that service can tolerate, in hours.", Kind = FieldKind.Hours)]
    public int? MaxTolerableDowntimeHours { get; init; }
}
