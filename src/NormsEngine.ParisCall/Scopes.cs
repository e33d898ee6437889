using NormsEngine.Model;

namespace NormsEngine.ParisCall;

/// <summary>The catalogue's scopes: when a rule applies. Scopes read only role switches and metadata.</summary>
internal static class Scopes
{
    public static bool EssentialService(Organisation o) =>
        o.Roles.CriticalInfrastructure || o.Roles.Nis2Entity is Nis2Entity.Important or Nis2Entity.Essential;

    public static bool Nis2(Organisation o) => o.Roles.Nis2Entity is Nis2Entity.Important or Nis2Entity.Essential;

    public static bool NetworkOperator(Organisation o) => o.Network.Asns is { Count: > 0 };

    public static bool TransitProvider(Organisation o) =>
        o.Network.Kinds is { } kinds && (kinds.Contains(NetworkKind.Isp) || kinds.Contains(NetworkKind.Transit) || kinds.Contains(NetworkKind.CdnCloud));

    public static bool DnsOperator(Organisation o) =>
        o.Network.Dns.Roles is { } roles && (roles.Contains(DnsRole.Authoritative) || roles.Contains(DnsRole.Registry));

    public static bool ElectionActor(Organisation o) => o.Roles.ElectionRoles.Count > 0;

    public static bool ElectionCore(Organisation o) =>
        o.Roles.ElectionRoles.Any(r => r is ElectionRole.ElectionBody or ElectionRole.Party or ElectionRole.Campaign);

    public static bool ElectionInformation(Organisation o) =>
        o.Roles.ElectionRoles.Any(r => r is ElectionRole.Platform or ElectionRole.Media);

    public static bool IpHolder(Organisation o) => o.Roles.HoldsTradeSecrets || o.Roles.DevelopsSoftware;

    public static bool TradeSecretHolder(Organisation o) => o.Roles.HoldsTradeSecrets;

    public static bool SoftwareProducer(Organisation o) => o.Roles.DevelopsSoftware;

    public static bool VulnerabilityHolder(Organisation o) =>
        o.Roles.SecurityResearch || o.Roles.OffensiveTooling || o.Roles.SellsIntrusionCapabilities;

    public static bool SecurityResearcher(Organisation o) => o.Roles.SecurityResearch;

    public static bool OffensiveToolHolder(Organisation o) => o.Roles.OffensiveTooling;

    public static bool IntrusionVendor(Organisation o) => o.Roles.SellsIntrusionCapabilities;

    public static bool NonStateActor(Organisation o) => o.Metadata.Type != OrganisationType.StateAgency;

    public static bool SecurityServices(Organisation o) => o.Roles.SecurityServicesProvider && NonStateActor(o);

    public static bool CsirtOperator(Organisation o) => o.Roles.HasCsirt;

    public static bool StateAgency(Organisation o) => o.Metadata.Type == OrganisationType.StateAgency;

    public static bool Exposed(Organisation o) => EssentialService(o) || o.Roles.InternetFacing;
}
