namespace NormsEngine.TestSupport.Generation;

/// <summary>The fixed words generated documents are made of: invented names, real country codes, the format's enum values.</summary>
internal static class Vocabulary
{
    /// <summary>Invented name stems (plain YAML scalars: letters only, some accented).</summary>
    public static readonly string[] Stems =
    [
        "Nordwelle", "Valdris", "Kestrel", "Lumen", "Obsidian", "Aurora", "Meridian", "Harbour", "Silverline", "Cobalt",
        "Granite", "Willow", "Falcon", "Horizon", "Juniper", "Larkspur", "Marble", "Northgate", "Oakridge", "Pinecrest",
        "Quartz", "Riverbend", "Saffron", "Thistle", "Umber", "Vantage", "Westmere", "Yarrow", "Zephyr", "Ashford",
        "Brightwater", "Caldera", "Driftwood", "Emberly", "Fernhill", "Glenmore", "Hollowell", "Ironbridge", "Kingsley",
        "Lindqvist", "Montclair", "Valmorin", "Brückner", "Løvholm", "Écluse", "Sainte-Aurèle", "Kaskadia", "Tarnwald",
    ];

    /// <summary>The ASCII form of each stem, for URLs.</summary>
    public static readonly string[] Slugs = [.. Stems.Select(Slug)];

    /// <summary>Middle words of company and supplier names.</summary>
    public static readonly string[] Trades =
    [
        "Systems", "Networks", "Software", "Energy", "Logistics", "Media", "Telecom", "Health", "Security", "Analytics",
        "Cloud", "Water", "Rail", "Bank", "Insurance", "Broadcasting", "Labs", "Digital", "Payments", "Hosting",
    ];

    /// <summary>Legal-form suffixes of company names.</summary>
    public static readonly string[] LegalForms = ["Ltd", "GmbH", "SA", "AB", "Inc", "BV", "SAS", "Oy", "AS", "plc", "SpA", "Sp. z o.o."];

    /// <summary>What follows the stem in a public body's name.</summary>
    public static readonly string[] PublicBodies =
    [
        "City Council", "Regional Health Authority", "Water Board", "Transport Authority", "Tax Office", "Electoral Commission",
        "Public Broadcaster", "Port Authority", "University Hospital", "Social Security Fund",
    ];

    /// <summary>What follows the stem in an NGO's name.</summary>
    public static readonly string[] Ngos = ["Foundation", "Rights Network", "Relief Association", "Civic Alliance", "Press Freedom Trust", "Open Data Society"];

    /// <summary>What follows the stem in a State agency's name.</summary>
    public static readonly string[] Agencies =
    [
        "National Cyber Agency", "Cyber Defence Command", "Signals Directorate", "Ministry of the Interior", "Digital Security Office",
        "National Police Cyber Unit",
    ];

    /// <summary>What follows the stem in an academic institution's name.</summary>
    public static readonly string[] Academics = ["University", "Institute of Technology", "Research Centre", "School of Engineering", "Polytechnic"];

    /// <summary>What follows the stem in an international organisation's name.</summary>
    public static readonly string[] Internationals =
    [
        "Development Bank", "Treaty Organisation", "Commission for Refugees", "Telecommunication Union", "Health Observatory",
    ];

    /// <summary>ISO 3166-1 alpha-3 codes.</summary>
    public static readonly string[] Countries =
    [
        "FRA", "DEU", "IRL", "SWE", "NLD", "BEL", "ESP", "ITA", "POL", "FIN", "NOR", "DNK", "AUT", "PRT", "CZE", "EST", "GBR",
        "CHE", "CAN", "JPN", "AUS", "NZL", "SGP", "KOR", "CHL", "LUX", "LTU", "GRC",
    ];

    /// <summary>Free-text sectors.</summary>
    public static readonly string[] Sectors =
    [
        "health", "energy", "finance", "telecommunications", "software", "online platforms", "media", "public administration",
        "research", "water", "transport", "elections", "security services", "manufacturing", "defence", "education",
        "humanitarian aid",
    ];

    /// <summary>National CSIRTs (invented).</summary>
    public static readonly string[] Csirts =
    [
        "CERT Valmorie", "National CSIRT", "CSIRT Nord", "NCSC Operations Centre", "CERT Santé", "GovCERT", "CSIRT Kaskadia",
        "Computer Emergency Response Team of Tarnwald",
    ];

    /// <summary>What follows the stem in an incident-response retainer's name.</summary>
    public static readonly string[] Responders = ["Incident Response", "Response Partners", "Forensics Ltd", "Cyber Recovery GmbH", "DFIR Services"];

    /// <summary>Information sharing and analysis centres.</summary>
    public static readonly string[] Isacs =
    [
        "Health-ISAC", "FS-ISAC", "E-ISAC", "IT-ISAC", "Auto-ISAC", "MS-ISAC", "EE-ISAC", "Elections Infrastructure ISAC",
        "Maritime Transportation ISAC", "Research and Education Networks ISAC",
    ];

    /// <summary><c>metadata.type</c>, in the enum's order.</summary>
    public static readonly string[] OrganisationTypes = ["company", "publicBody", "ngo", "stateAgency", "academic", "internationalOrganisation"];

    /// <summary><c>roles.electionRoles</c>.</summary>
    public static readonly string[] ElectionRoles = ["electionBody", "party", "campaign", "media", "platform", "electionVendor"];

    /// <summary><c>network.kinds</c> of a company.</summary>
    public static readonly string[] CompanyNetworkKinds = ["isp", "transit", "ixp", "cdnCloud", "enterprise"];

    /// <summary><c>network.dns.roles</c>.</summary>
    public static readonly string[] DnsRoles = ["authoritative", "registry", "registrar", "publicResolver"];

    /// <summary><c>incidentResponse.escalation</c>.</summary>
    public static readonly string[] EscalationTargets = ["nationalCsirt", "lawEnforcement", "regulator", "isac", "dataProtectionAuthority"];

    /// <summary><c>hackBack.practices</c>, with the chance each is declared.</summary>
    public static readonly (string Name, double Chance)[] HackBackPractices =
    [
        ("accessAttackerSystems", 0.06), ("disruptAttackerInfrastructure", 0.07), ("deleteDataOnAttackerSystems", 0.03),
        ("sinkholeOwnDomains", 0.4), ("internalDeception", 0.35),
    ];

    /// <summary><c>nonProliferation.vulnerabilityDisposition</c>, the good ones more often.</summary>
    public static readonly string[] Dispositions =
    [
        "coordinatedDisclosure", "coordinatedDisclosure", "coordinatedDisclosure", "coordinatedDisclosure", "vendorBountyProgram",
        "vendorBountyProgram", "soldToBroker", "stockpiled",
    ];

    private static string Slug(string stem)
    {
        var ascii = stem.ToLowerInvariant()
            .Replace('é', 'e').Replace('è', 'e').Replace('ü', 'u').Replace('ø', 'o').Replace('ö', 'o');
        return new string([.. ascii.Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')]);
    }
}
