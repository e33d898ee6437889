using NormsEngine.Model;
using NormsEngine.Rules;

namespace NormsEngine.ParisCall;

/// <summary>The catalogue's scopes: when a rule applies. Scopes read only role switches and metadata.</summary>
internal static class Scopes
{
    /// <summary>
    /// Every scope a rule names (its <c>scope:</c> tag), in words and with the paths it reads, for explanations. The
    /// words complete "essential-service rules need ..."; <c>all</c> is not listed: it always holds.
    /// </summary>
    public static IReadOnlyList<RuleScope> Described { get; } =
    [
        new("essentialService", "essential-service rules need roles.criticalInfrastructure true, or roles.nis2Entity important or essential", ["roles.criticalInfrastructure", "roles.nis2Entity"], EssentialService),
        new("networkOperator", "network rules need network.asns to list at least one AS number", ["network.asns"], NetworkOperator),
        new("transitProvider", "transit rules need network.kinds to include isp, transit or cdnCloud", ["network.kinds"], TransitProvider),
        new("dnsOperator", "DNS rules need network.dns.roles to include authoritative or registry", ["network.dns.roles"], DnsOperator),
        new("electionActor", "election rules need roles.electionRoles to list at least one role", ["roles.electionRoles"], ElectionActor),
        new("electionCore", "election-core rules need roles.electionRoles to include electionBody, party or campaign", ["roles.electionRoles"], ElectionCore),
        new("electionBody", "election-body rules need roles.electionRoles to include electionBody", ["roles.electionRoles"], ElectionBody),
        new("electionInformation", "election-information rules need roles.electionRoles to include platform or media", ["roles.electionRoles"], ElectionInformation),
        new("resolverOperator", "resolver rules need network.dns.roles to include publicResolver, or network.kinds to include isp", ["network.dns.roles", "network.kinds"], ResolverOperator),
        new("hostingProvider", "hosting rules need network.kinds to include isp or cdnCloud", ["network.kinds"], HostingProvider),
        new("ipHolder", "intellectual-property rules need roles.holdsTradeSecrets or roles.developsSoftware true", ["roles.holdsTradeSecrets", "roles.developsSoftware"], IpHolder),
        new("tradeSecretHolder", "trade-secret rules need roles.holdsTradeSecrets true", ["roles.holdsTradeSecrets"], TradeSecretHolder),
        new("softwareProducer", "software rules need roles.developsSoftware true", ["roles.developsSoftware"], SoftwareProducer),
        new("vulnerabilityHolder", "vulnerability rules need roles.securityResearch, roles.offensiveTooling or roles.sellsIntrusionCapabilities true", ["roles.securityResearch", "roles.offensiveTooling", "roles.sellsIntrusionCapabilities"], VulnerabilityHolder),
        new("securityResearcher", "research rules need roles.securityResearch true", ["roles.securityResearch"], SecurityResearcher),
        new("offensiveToolHolder", "offensive-tool rules need roles.offensiveTooling true", ["roles.offensiveTooling"], OffensiveToolHolder),
        new("intrusionVendor", "intrusion-vendor rules need roles.sellsIntrusionCapabilities true", ["roles.sellsIntrusionCapabilities"], IntrusionVendor),
        new("nonStateActor", "non-State rules need metadata.type other than stateAgency", ["metadata.type"], NonStateActor),
        new("securityServices", "security-services rules need roles.securityServicesProvider true and metadata.type other than stateAgency", ["roles.securityServicesProvider", "metadata.type"], SecurityServices),
        new("csirtOperator", "CSIRT rules need roles.hasCsirt true", ["roles.hasCsirt"], CsirtOperator),
        new("stateAgency", "State rules need metadata.type stateAgency", ["metadata.type"], StateAgency),
        new("exposed", "exposure rules need roles.criticalInfrastructure or roles.internetFacing true, or roles.nis2Entity important or essential", ["roles.criticalInfrastructure", "roles.nis2Entity", "roles.internetFacing"], Exposed),
    ];

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

    public static bool ElectionBody(Organisation o) => o.Roles.ElectionRoles.Contains(ElectionRole.ElectionBody);

    /// <summary>Runs resolvers for others: a public resolver, or an ISP (which resolves for its customers).</summary>
    public static bool ResolverOperator(Organisation o) =>
        (o.Network.Dns.Roles is { } roles && roles.Contains(DnsRole.PublicResolver)) || (o.Network.Kinds is { } kinds && kinds.Contains(NetworkKind.Isp));

    /// <summary>Hosts others' services or content, where malware and command-and-control servers are reported.</summary>
    public static bool HostingProvider(Organisation o) =>
        o.Network.Kinds is { } kinds && (kinds.Contains(NetworkKind.Isp) || kinds.Contains(NetworkKind.CdnCloud));

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
