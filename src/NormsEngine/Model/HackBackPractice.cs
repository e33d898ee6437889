namespace NormsEngine.Model;

/// <summary>A response to an attack (<c>hackBack.practices</c>). YAML spells each value in camelCase.</summary>
public enum HackBackPractice
{
    /// <summary>Accesses the attacker's systems.</summary>
    AccessAttackerSystems,

    /// <summary>Disrupts the attacker's infrastructure.</summary>
    DisruptAttackerInfrastructure,

    /// <summary>Deletes data on the attacker's systems.</summary>
    DeleteDataOnAttackerSystems,

    /// <summary>Sinkholes its own domains (inside its own estate).</summary>
    SinkholeOwnDomains,

    /// <summary>Deception inside its own estate (honeypots).</summary>
    InternalDeception,
}
