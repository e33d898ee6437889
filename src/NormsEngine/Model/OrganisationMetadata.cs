namespace NormsEngine.Model;

/// <summary>Who the organisation is (<c>metadata</c>).</summary>
public sealed record OrganisationMetadata
{
    /// <summary>The organisation's name (required).</summary>
    [Field("The organisation's name.", Required = true)]
    public string? Name { get; init; }

    /// <summary>Kind of actor; <see cref="OrganisationType.StateAgency"/> is a State actor for principle 8.</summary>
    [Field("Kind of actor; stateAgency is a State actor for principle 8.")]
    public OrganisationType? Type { get; init; }

    /// <summary>Country, as an ISO 3166-1 alpha-3 code.</summary>
    [Field("Country, as an ISO 3166-1 alpha-3 code.", Pattern = FieldPatterns.CountryCode)]
    public string? Country { get; init; }

    /// <summary>Sector, free text.</summary>
    [Field("Sector, free text.")]
    public string? Sector { get; init; }

    /// <summary>As-of date for every age check, unless the caller overrides it.</summary>
    [Field("As-of date for every age check, unless the caller overrides it.")]
    public DateOnly? AssessedOn { get; init; }
}
