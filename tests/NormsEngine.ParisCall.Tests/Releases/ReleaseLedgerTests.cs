using NormsEngine.Diagnostics;
using NormsEngine.ParisCall.Releases;

namespace NormsEngine.ParisCall.Tests.Releases;

public class ReleaseLedgerTests
{
    private const string Header = "| Rule ID | Principle | Severity | Title |\n| --- | --- | --- | --- |\n";

    private const string Two =
        "# Ledger\n\n## Release 1.0.0\n\n### New rules\n\n" + Header +
        "| PC0101 | P1 | error | A |\n| PC0102 | P1 | warning | B |\n\n### Removed rules\n\nNone.\n\n### Changed rules\n\nNone.\n\n" +
        "## Release 1.1.0\n\n### New rules\n\n" + Header + "| PC0103 | P1 | info | C |\n\n" +
        "### Removed rules\n\n" + Header + "| PC0101 | P1 | error | gone |\n\n" +
        "### Changed rules\n\n| Rule ID | Principle | New severity | Old severity | Notes |\n| --- | --- | --- | --- | --- |\n| PC0102 | P1 | error | warning | stricter |\n";

    [Fact]
    public void RulesAt_EachRelease_AddsRemovesAndChangesInOrder()
    {
        var ledger = ReleaseLedger.Parse(Two);

        Assert.Equal(["1.0.0", "1.1.0"], ledger.Versions);
        Assert.Equal("1.1.0", ledger.Latest);
        var first = ledger.RulesAt("1.0.0");
        Assert.Equal(["PC0101", "PC0102"], first.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Severity.Warning, first["PC0102"].Severity);
        var second = ledger.RulesAt("1.1.0");
        Assert.Equal(["PC0102", "PC0103"], second.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Severity.Error, second["PC0102"].Severity);
        Assert.Equal(("1.0.0", "1.1.0", "1.1.0"), (ledger.SinceOf("PC0102"), ledger.SinceOf("PC0103"), ledger.RemovedIn("PC0101")));
    }

    [Theory]
    [InlineData("| PC0102 | P1 | info | again |", "### New rules", "RELEASES.md(11): PC0102 was added before; a rule ID is never reused.")]
    [InlineData("| PC0109 | P1 | error | never |", "### Removed rules", "RELEASES.md(32): PC0109 is removed but is not a rule of the release before.")]
    public void Parse_RowThatBreaksTheLedger_ThrowsWithItsLine(string row, string section, string message)
    {
        // The row goes at the top of every such section: the first that breaks the ledger is reported, with its line.
        var text = Two.Replace(section + "\n\n" + Header, section + "\n\n" + Header + row + "\n", StringComparison.Ordinal);

        var ex = Assert.Throws<FormatException>(() => ReleaseLedger.Parse(text));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_ChangeFromASeverityTheRuleDoesNotHave_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => ReleaseLedger.Parse(Two.Replace("| error | warning | stricter |", "| error | info | stricter |", StringComparison.Ordinal)));

        Assert.Contains("PC0102 changes from info, but it is not a rule of the release before at that severity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReleasesOutOfOrder_Throws()
    {
        var text = Two.Replace("## Release 1.1.0", "## Release 0.9.0", StringComparison.Ordinal);

        var ex = Assert.Throws<FormatException>(() => ReleaseLedger.Parse(text));

        Assert.Contains("release 0.9.0 must come after release 1.0.0 (oldest first)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSeverity_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => ReleaseLedger.Parse(Two.Replace("| P1 | info | C |", "| P1 | severe | C |", StringComparison.Ordinal)));

        Assert.Contains("unknown severity 'severe'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShippedLedger_HasTheReleasesOfThePack()
    {
        Assert.Equal(ParisCallPack.Releases, ParisCallLedger.Value.Versions);
        Assert.Equal("0.2.0", ParisCallLedger.Value.RemovedIn("PC0903"));
    }
}
