namespace NormsEngine.Model;

/// <summary>Intellectual-property protection (<c>intellectualProperty</c>).</summary>
public sealed record IntellectualProperty
{
    /// <summary>Data classification that covers intellectual property.</summary>
    [Field("Data classification that covers intellectual property.")]
    public bool? ClassificationScheme { get; init; }

    /// <summary>Data-loss prevention coverage.</summary>
    [Field("Data-loss prevention coverage.")]
    public DlpCoverage? DlpCoverage { get; init; }

    /// <summary>Source code access on a need-to-know basis.</summary>
    [Field("Source code access on a need-to-know basis.")]
    public bool? SourceCodeAccessRestricted { get; init; }

    /// <summary>Sensitive data is encrypted at rest.</summary>
    [Field("Sensitive data is encrypted at rest.")]
    public bool? EncryptSensitiveAtRest { get; init; }

    /// <summary>Access is revoked when people leave or change roles.</summary>
    [Field("Access is revoked when people leave or change roles.")]
    public bool? AccessRevokedOnDeparture { get; init; }

    /// <summary>Access to sensitive data is logged.</summary>
    [Field("Access to sensitive data, including its modification and disposal, is logged.")]
    public bool? SensitiveDataAccessLogged { get; init; }
}
