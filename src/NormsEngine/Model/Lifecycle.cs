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

    /// <summary>Years for which each product receives security updates after it is placed on the market.</summary>
    [Field("Years for which each product receives security updates after it is placed on the market.")]
    public int? SecurityUpdateYears { get; init; }

    /// <summary>Security updates are free of charge.</summary>
    [Field("Security updates are free of charge.")]
    public bool? FreeSecurityUpdates { get; init; }

    /// <summary>Products ship with a secure default configuration.</summary>
    [Field("Products ship with a secure default configuration.")]
    public bool? SecureByDefault { get; init; }
}
