namespace NormsEngine.Model;

/// <summary>Backups (<c>resilience.backups</c>).</summary>
public sealed record Backups
{
    /// <summary>At least one offline or immutable backup copy.</summary>
    [Field("At least one offline or immutable backup copy.")]
    public bool? OfflineOrImmutable { get; init; }

    /// <summary>Last successful restore test.</summary>
    [Field("Last successful restore test.")]
    public DateOnly? LastRestoreTest { get; init; }
}
