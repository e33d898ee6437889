namespace NormsEngine.TestSupport.Generation;

/// <summary>How likely each role is for one type of organisation.</summary>
internal sealed record OrganisationProfile(
    double Critical,
    double Nis2,
    double Software,
    double SecurityServices,
    double Research,
    double Offensive,
    double TradeSecrets,
    double Csirt,
    double Network,
    double Elections,
    string[] ElectionChoices,
    string[] Sectors)
{
    private static readonly OrganisationProfile[] Profiles =
    [
        // company
        new(0.25, 0.35, 0.45, 0.15, 0.12, 0.08, 0.6, 0.3, 0.3, 0.1, ["media", "platform", "electionVendor"],
            ["energy", "finance", "telecommunications", "software", "online platforms", "media", "water", "transport", "security services", "manufacturing", "health"]),

        // publicBody
        new(0.5, 0.4, 0.1, 0.02, 0.03, 0.01, 0.15, 0.3, 0.1, 0.15, ["electionBody", "media"],
            ["health", "public administration", "water", "transport", "elections", "media"]),

        // ngo
        new(0.03, 0.03, 0.1, 0.05, 0.08, 0.02, 0.1, 0.05, 0.03, 0.12, ["party", "campaign", "media"],
            ["humanitarian aid", "media", "education", "public administration"]),

        // stateAgency
        new(0.2, 0.1, 0.15, 0.2, 0.4, 0.3, 0.1, 0.5, 0.25, 0.05, ["electionBody"],
            ["defence", "public administration", "security services"]),

        // academic
        new(0.08, 0.12, 0.35, 0.03, 0.3, 0.05, 0.3, 0.4, 0.4, 0.03, ["media"],
            ["research", "education", "health"]),

        // internationalOrganisation
        new(0.1, 0.05, 0.1, 0.02, 0.02, 0.01, 0.2, 0.3, 0.1, 0.05, ["electionBody", "media"],
            ["finance", "health", "humanitarian aid", "public administration", "telecommunications"]),
    ];

    public static OrganisationProfile For(int type) => Profiles[type];

    public string Sector(Random random) => random.NextDouble() < 0.8 ? Sectors[random.Next(Sectors.Length)] : Vocabulary.Sectors[random.Next(Vocabulary.Sectors.Length)];
}
