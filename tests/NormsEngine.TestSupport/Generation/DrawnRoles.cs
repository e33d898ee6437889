namespace NormsEngine.TestSupport.Generation;

/// <summary>The role switches drawn for the document, which decide the chances of the sections after them.</summary>
internal sealed class DrawnRoles
{
    public bool Critical { get; init; }

    public string Nis2 { get; init; } = "none";

    public bool Software { get; init; }

    public bool InternetFacing { get; init; }

    public bool SecurityServices { get; init; }

    public bool Research { get; init; }

    public bool Offensive { get; init; }

    public bool Intrusion { get; set; }

    public bool TradeSecrets { get; init; }

    public bool Csirt { get; init; }

    public List<string> ElectionRoles { get; set; } = [];

    public bool EssentialService => Critical || Nis2 != "none";
}
