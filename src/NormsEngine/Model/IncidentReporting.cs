namespace NormsEngine.Model;

/// <summary>Incident reporting (<c>incidentResponse.reporting</c>).</summary>
public sealed record IncidentReporting
{
    /// <summary>The national CSIRT it reports to.</summary>
    [Field("The national CSIRT it reports to.")]
    public string? NationalCsirt { get; init; }

    /// <summary>Promised time to an early warning, in hours.</summary>
    [Field("Promised time to an early warning, in hours.", Kind = FieldKind.Hours)]
    public int? EarlyWarningHours { get; init; }

    /// <summary>Promised time to a full incident notification, in hours.</summary>
    [Field("Promised time to a full incident notification, in hours.", Kind = FieldKind.Hours)]
    public int? NotificationHours { get; init; }
}
