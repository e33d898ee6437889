namespace NormsEngine.Model;

/// <summary>Secure development lifecycle (<c>lifecycle</c>).</summary>
public sealed record Lifecycle
{
    /// <summary>Secure development lifecycle.</summary>
    [Field("Secure development lifecycle.")]
    public Sdlc Sdlc { get; init; } = new();

    /// <summary>Software bills of materials.</summary>
    [Field("Software bills of materials.")]
    public Sbom Sbom { get; init; } = new();

    /// <summary>Vulnerability-disclosure policy.</summary>
    [Field("Vulnerability-disclosure policy.")]
    public VulnerabilityDisclosure Disclosure { get; init; } = new();
}
