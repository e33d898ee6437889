namespace NormsEngine.Model;

/// <summary>A kind of network (<c>network.kinds</c>). YAML spells each value in camelCase.</summary>
public enum NetworkKind
{
    /// <summary>An Internet service provider.</summary>
    Isp,

    /// <summary>A transit provider.</summary>
    Transit,

    /// <summary>An Internet exchange point.</summary>
    Ixp,

    /// <summary>A CDN or cloud provider.</summary>
    CdnCloud,

    /// <summary>An enterprise network.</summary>
    Enterprise,

    /// <summary>A national research and education network.</summary>
    Nren,
}
