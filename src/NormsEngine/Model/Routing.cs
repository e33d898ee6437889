namespace NormsEngine.Model;

/// <summary>Routing security (<c>network.routing</c>).</summary>
public sealed record Routing
{
    /// <summary>Share of announced prefixes covered by RPKI ROAs, 0 to 100.</summary>
    [Field("Share of announced prefixes covered by RPKI ROAs.")]
    public decimal? RoaCoveragePct { get; init; }

    /// <summary>Drops RPKI-invalid routes (route origin validation).</summary>
    [Field("Drops RPKI-invalid routes (route origin validation).")]
    public bool? RovDropInvalid { get; init; }

    /// <summary>Filters customers' announcements (MANRS action 1).</summary>
    [Field("Filters customers' announcements (MANRS action 1).")]
    public bool? CustomerPrefixFiltering { get; init; }

    /// <summary>Anti-spoofing, BCP 38 / uRPF (MANRS action 2).</summary>
    [Field("Anti-spoofing, BCP 38 / uRPF (MANRS action 2).")]
    public bool? SourceAddressValidation { get; init; }

    /// <summary>Contact data in PeeringDB is current (MANRS action 3).</summary>
    [Field("Contact data in PeeringDB is current (MANRS action 3).")]
    public bool? PeeringDbCurrent { get; init; }

    /// <summary>Contact data at the RIR is current (MANRS action 3).</summary>
    [Field("Contact data at the RIR is current (MANRS action 3).")]
    public bool? RirContactsCurrent { get; init; }

    /// <summary>Participates in MANRS.</summary>
    [Field("Participates in MANRS.")]
    public bool? ManrsParticipant { get; init; }

    /// <summary>Route objects for its announced prefixes are registered in an Internet Routing Registry (MANRS action 4).</summary>
    [Field("Route objects for its announced prefixes are registered in an Internet Routing Registry (MANRS action 4).")]
    public bool? IrrRouteObjects { get; init; }
}
