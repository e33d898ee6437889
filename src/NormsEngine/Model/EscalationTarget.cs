namespace NormsEngine.Model;

/// <summary>Whom the incident-response plan notifies (<c>incidentResponse.escalation</c>). YAML spells each value in camelCase.</summary>
public enum EscalationTarget
{
    /// <summary>The national CSIRT.</summary>
    NationalCsirt,

    /// <summary>Law enforcement.</summary>
    LawEnforcement,

    /// <summary>The sector regulator.</summary>
    Regulator,

    /// <summary>An information sharing and analysis centre.</summary>
    Isac,

    /// <summary>The data protection authority.</summary>
    DataProtectionAuthority,
}
