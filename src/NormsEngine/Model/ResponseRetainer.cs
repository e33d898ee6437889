namespace NormsEngine.Model;

/// <summary>Incident-response retainer (<c>incidentResponse.retainer</c>).</summary>
public sealed record ResponseRetainer
{
    /// <summary>Incident-response retainer provider, if any.</summary>
    [Field("Incident-response retainer provider, if any.")]
    public string? Provider { get; init; }

    /// <summary>The retainer contract forbids counter-attacks.</summary>
    [Field("The retainer contract forbids counter-attacks.")]
    public bool? ForbidsHackBack { get; init; }
}
