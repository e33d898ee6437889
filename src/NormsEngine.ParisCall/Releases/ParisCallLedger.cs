namespace NormsEngine.ParisCall.Releases;

/// <summary>The pack's own ledger, <c>rules/paris-call/RELEASES.md</c>, embedded in the assembly and read once.</summary>
internal static class ParisCallLedger
{
    private static readonly Lazy<ReleaseLedger> Ledger = new(Read);

    /// <summary>The ledger.</summary>
    public static ReleaseLedger Value => Ledger.Value;

    private static ReleaseLedger Read()
    {
        using var stream = typeof(ParisCallLedger).Assembly.GetManifestResourceStream("NormsEngine.ParisCall.RELEASES.md")
            ?? throw new InvalidOperationException("The release ledger is missing from NormsEngine.ParisCall.");
        using var reader = new StreamReader(stream);
        return ReleaseLedger.Parse(reader.ReadToEnd());
    }
}
