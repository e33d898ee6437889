namespace NormsEngine.Model;

/// <summary>FIRST membership of the organisation's CSIRT (<c>norms.firstMembership</c>). YAML spells each value in camelCase.</summary>
public enum FirstMembership
{
    /// <summary>Not a member.</summary>
    None,

    /// <summary>Liaison member.</summary>
    Liaison,

    /// <summary>Associate member.</summary>
    Associate,

    /// <summary>Full member.</summary>
    Full,
}
