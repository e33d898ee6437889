namespace NormsEngine.Model;

/// <summary>Data-loss prevention coverage (<c>intellectualProperty.dlpCoverage</c>). YAML spells each value in camelCase.</summary>
public enum DlpCoverage
{
    /// <summary>No data-loss prevention.</summary>
    None,

    /// <summary>Partial coverage.</summary>
    Partial,

    /// <summary>Full coverage.</summary>
    Full,
}
