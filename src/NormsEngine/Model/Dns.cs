namespace NormsEngine.Model;

/// <summary>DNS operations (<c>network.dns</c>).</summary>
public sealed record Dns
{
    /// <summary>Its DNS roles; <c>null</c> when not declared.</summary>
    [Field("Its DNS roles.")]
    public IReadOnlyList<DnsRole>? Roles { get; init; }

    /// <summary>Share of its authoritative zones signed with DNSSEC, 0 to 100.</summary>
    [Field("Share of its authoritative zones signed with DNSSEC.")]
    public decimal? DnssecSignedPct { get; init; }

    /// <summary>Its resolvers validate DNSSEC signatures.</summary>
    [Field("Its resolvers validate DNSSEC signatures.")]
    public bool? DnssecValidation { get; init; }
}
