namespace NormsEngine.Model;

/// <summary>A DMARC policy (<c>hygiene.dmarcPolicy</c>, RFC 7489). YAML spells each value in camelCase.</summary>
public enum DmarcPolicy
{
    /// <summary>No DMARC record, or <c>p=none</c>: failures are reported, not acted on.</summary>
    None,

    /// <summary><c>p=quarantine</c>: failing mail is treated as suspicious.</summary>
    Quarantine,

    /// <summary><c>p=reject</c>: failing mail is refused.</summary>
    Reject,
}
