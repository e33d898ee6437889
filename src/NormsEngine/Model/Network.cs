namespace NormsEngine.Model;

/// <summary>Internet routing and DNS operations (<c>network</c>).</summary>
public sealed record Network
{
    /// <summary>Autonomous system numbers it operates; <c>null</c> when not declared.</summary>
    [Field("Autonomous system numbers it operates.", Min = 0, Max = 4294967295)]
    public IReadOnlyList<long>? Asns { get; init; }

    /// <summary>Kinds of network it runs; <c>null</c> when not declared.</summary>
    [Field("Kinds of network it runs.")]
    public IReadOnlyList<NetworkKind>? Kinds { get; init; }

    /// <summary>Routing security (MANRS actions, RPKI).</summary>
    [Field("Routing security (MANRS).")]
    public Routing Routing { get; init; } = new();

    /// <summary>DNS operations.</summary>
    [Field("DNS operations.")]
    public Dns Dns { get; init; } = new();
}
