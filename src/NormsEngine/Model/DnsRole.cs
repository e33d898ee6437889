namespace NormsEngine.Model;

/// <summary>A DNS role (<c>network.dns.roles</c>). YAML spells each value in camelCase.</summary>
public enum DnsRole
{
    /// <summary>Runs authoritative name servers.</summary>
    Authoritative,

    /// <summary>Runs a top-level domain registry.</summary>
    Registry,

    /// <summary>Is a registrar.</summary>
    Registrar,

    /// <summary>Runs a public resolver.</summary>
    PublicResolver,
}
