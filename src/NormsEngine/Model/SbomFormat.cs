namespace NormsEngine.Model;

/// <summary>An SBOM format (<c>lifecycle.sbom.format</c>). YAML spells each value in camelCase.</summary>
public enum SbomFormat
{
    /// <summary>SPDX.</summary>
    Spdx,

    /// <summary>CycloneDX.</summary>
    Cyclonedx,
}
