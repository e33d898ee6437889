namespace NormsEngine.Model;

/// <summary>One supplier (<c>supplyChain.suppliers[i]</c>): its own fact, which knows its index in the list.</summary>
public sealed record Supplier
{
    /// <summary>The supplier's name (required).</summary>
    [Field("The supplier's name.", Required = true)]
    public string? Name { get; init; }

    /// <summary>The organisation depends on it for an essential service.</summary>
    [Field("The organisation depends on it for an essential service.")]
    public bool? Critical { get; init; }

    /// <summary>It can reach production systems or data.</summary>
    [Field("It can reach production systems or data.")]
    public bool? AccessToProduction { get; init; }

    /// <summary>Its contract has security requirements.</summary>
    [Field("Its contract has security requirements.")]
    public bool? SecurityClauses { get; init; }

    /// <summary>Time within which it must report incidents to the organisation, in hours.</summary>
    [Field("Time within which it must report incidents to the organisation, in hours.", Kind = FieldKind.Hours)]
    public int? IncidentNoticeHours { get; init; }

    /// <summary>Last security assessment of the supplier.</summary>
    [Field("Last security assessment of the supplier.")]
    public DateOnly? LastAssessment { get; init; }

    /// <summary>Zero-based position of this supplier in <c>supplyChain.suppliers</c>.</summary>
    [NotAField]
    public int Index { get; init; }

    /// <summary>The YAML path of this supplier, for example <c>supplyChain.suppliers[1]</c>.</summary>
    public string Path => "supplyChain.suppliers[" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
