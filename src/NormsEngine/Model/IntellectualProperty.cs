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
}
