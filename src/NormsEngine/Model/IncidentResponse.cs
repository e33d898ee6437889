namespace NormsEngine.Model;

/// <summary>Incident response (<c>incidentResponse</c>).</summary>
public sealed record IncidentResponse
{
    /// <summary>The written incident-response plan.</summary>
    [Field("The written incident-response plan.")]
    public ResponsePlan Plan { get; init; } = new();

    /// <summary>Whom the plan notifies; <c>null</c> when not declared.</summary>
    [Field("Whom the plan notifies.")]
    public IReadOnlyList<EscalationTarget>? Escalation { get; init; }

    /// <summary>Reporting to the national CSIRT.</summary>
    [Field("Reporting to the national CSIRT.")]
    public IncidentReporting Reporting { get; init; } = new();

    /// <summary>Incident-response retainer.</summary>
    [Field("Incident-response retainer.")]
    public ResponseRetainer Retainer { get; init; } = new();

    /// <summary>Security events from its systems raise alerts in one central place (a SIEM or log analytics platform).</summary>
    [Field("Security events from its systems raise alerts in one central place (a SIEM or log analytics platform).")]
    public bool? CentralisedAlerting { get; init; }
}
