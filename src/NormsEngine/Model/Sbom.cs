namespace NormsEngine.Model;

/// <summary>Software bills of materials (<c>lifecycle.sbom</c>).</summary>
public sealed record Sbom
{
    /// <summary>Ships software bills of materials.</summary>
    [Field("Ships software bills of materials.")]
    public bool? Produced { get; init; }

    /// <summary>SBOM format.</summary>
    [Field("SBOM format.")]
    public SbomFormat? Format { get; init; }
}
