namespace NormsEngine.Model;

/// <summary>Multi-factor authentication coverage (<c>hygiene.mfa</c>).</summary>
public sealed record Mfa
{
    /// <summary>Externally exposed applications behind MFA, 0 to 100.</summary>
    [Field("Externally exposed applications behind MFA.")]
    public decimal? ExternalAppsPct { get; init; }

    /// <summary>Remote access paths behind MFA, 0 to 100.</summary>
    [Field("Remote access paths behind MFA.")]
    public decimal? RemoteAccessPct { get; init; }

    /// <summary>Administrative accounts behind MFA, 0 to 100.</summary>
    [Field("Administrative accounts behind MFA.")]
    public decimal? AdminPct { get; init; }
}
