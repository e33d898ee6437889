namespace NormsEngine.Model;

/// <summary>Kind of actor (<c>metadata.type</c>). YAML spells each value in camelCase.</summary>
public enum OrganisationType
{
    /// <summary>A company.</summary>
    Company,

    /// <summary>A public body.</summary>
    PublicBody,

    /// <summary>A non-governmental organisation.</summary>
    Ngo,

    /// <summary>A State agency: a State actor for principle 8.</summary>
    StateAgency,

    /// <summary>A university or research institute.</summary>
    Academic,

    /// <summary>An international organisation.</summary>
    InternationalOrganisation,
}
