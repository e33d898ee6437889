namespace NormsEngine.Model;

/// <summary>The authority a response to an attack acts under (<c>hackBack.legalAuthority</c>). YAML spells each value in camelCase.</summary>
public enum LegalAuthority
{
    /// <summary>No legal authority.</summary>
    None,

    /// <summary>A court order.</summary>
    CourtOrder,

    /// <summary>Tasking by law enforcement.</summary>
    LawEnforcementTasking,
}
