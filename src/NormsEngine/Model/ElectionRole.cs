namespace NormsEngine.Model;

/// <summary>A role in elections (<c>roles.electionRoles</c>). YAML spells each value in camelCase.</summary>
public enum ElectionRole
{
    /// <summary>An election commission or authority.</summary>
    ElectionBody,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>A campaign.</summary>
    Campaign,

    /// <summary>A news medium.</summary>
    Media,

    /// <summary>An online platform.</summary>
    Platform,

    /// <summary>A vendor of election technology.</summary>
    ElectionVendor,
}
