using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Tests.Documents;

/// <summary>The fixes the loader attaches to NE0002, NE0003 and NE0006, applied with <see cref="CodeFixes"/>.</summary>
public sealed class FixProviderTests
{
    private const string Header = "apiVersion: norms/v1\nkind: Organisation\n";

    private static readonly DocumentLoader Loader = new();

    private static string FixAll(string text) => CodeFixes.FixAll(text, "org.yaml").Text;

    [Theory]
    [InlineData("metadata:\n  name: X\n  type: ngo\n  country: NLD\nhygeine:\n  mfa: { adminPct: 90 }\n", "metadata:\n  name: X\n  type: ngo\n  country: NLD\nhygiene:\n  mfa: { adminPct: 90 }\n")]
    [InlineData("hygiene: { mfa: { \"adminPtc\": 90 } }\n", "hygiene: { mfa: { \"adminPct\": 90 } }\n")]
    [InlineData("hygiene:\n  mfa:\n    'adminPtc': 90   # comment kept\n", "hygiene:\n  mfa:\n    'adminPct': 90   # comment kept\n")]
    public void Load_UnknownFieldWithOneCloseName_FixRenamesOnlyTheKey(string body, string expected)
    {
        Assert.Equal(Header + expected, FixAll(Header + body));
    }

    [Fact]
    public void Load_UnknownFieldCloseToNoName_HasNoFix()
    {
        var findings = Loader.Load(Header + "hygiene:\n  mfa:\n    Pct: 1\n")[0].Findings;

        var unknown = Assert.Single(findings, f => f.RuleId == "NE0002");
        Assert.Empty(unknown.Fixes);
    }

    [Theory]
    [InlineData("metadata:\n  name: X\n  type: NGO\n  country: NLD\n", "metadata:\n  name: X\n  type: ngo\n  country: NLD\n")]
    [InlineData("metadata:\n  name: X\n  type: \"nog\"\n  country: NLD\n", "metadata:\n  name: X\n  type: \"ngo\"\n  country: NLD\n")]
    [InlineData("metadata: { name: X, type: ngo, country: NLD, assessedOn: 2026/10/15 }\n", "metadata: { name: X, type: ngo, country: NLD, assessedOn: 2026-10-15 }\n")]
    [InlineData("metadata:\n  name: X\n  type: ngo\n  country: NLD\n  assessedOn: '2026.1.5'\n", "metadata:\n  name: X\n  type: ngo\n  country: NLD\n  assessedOn: '2026-01-05'\n")]
    [InlineData("hygiene:\n  mfa:\n    adminPct: 93%  # of admins\n", "hygiene:\n  mfa:\n    adminPct: 93  # of admins\n")]
    [InlineData("hygiene:\n  mfa:\n    adminPct: \"87.5%\"\n", "hygiene:\n  mfa:\n    adminPct: 87.5\n")]
    public void Load_ValueWithCertainMeaning_FixWritesItsCorrectForm(string body, string expected)
    {
        var fixedText = FixAll(Header + body);

        Assert.Equal(Header + expected, fixedText);
        Assert.DoesNotContain(Loader.Load(fixedText)[0].Findings, f => f.RuleId is "NE0002" or "NE0003");
    }

    [Theory]
    [InlineData("assessedOn: 15/10/2026")] // day or month first: ambiguous
    [InlineData("assessedOn: 2026/02/30")] // no such day
    public void Load_DateWithUncertainMeaning_HasNoFix(string line)
    {
        var findings = Loader.Load(Header + "metadata:\n  name: X\n  type: ngo\n  country: NLD\n  " + line + "\n")[0].Findings;

        Assert.Empty(Assert.Single(findings, f => f.RuleId == "NE0003").Fixes);
    }

    [Fact]
    public void Load_PercentageOutOfRange_HasNoFix()
    {
        var findings = Loader.Load(Header + "hygiene:\n  mfa:\n    adminPct: 130%\n")[0].Findings;

        Assert.Empty(Assert.Single(findings, f => f.RuleId == "NE0003").Fixes);
    }

    [Theory]
    [InlineData("# a comment\n\nroles: {}\n", "# a comment\n\napiVersion: norms/v1\nkind: Organisation\nroles: {}\n")]
    [InlineData("apiVersion: norms/v1   # version\nroles: {}\n", "apiVersion: norms/v1   # version\nkind: Organisation\nroles: {}\n")]
    [InlineData("kind: Organisation\nroles: {}\n", "apiVersion: norms/v1\nkind: Organisation\nroles: {}\n")]
    [InlineData("---\n# c\nroles: {}\n", "---\n# c\napiVersion: norms/v1\nkind: Organisation\nroles: {}\n")]
    [InlineData("{ roles: {} }\n", "{ apiVersion: norms/v1, kind: Organisation, roles: {} }\n")]
    [InlineData("apiVersion: norms/v1", "apiVersion: norms/v1\nkind: Organisation")]
    public void Load_MissingHeader_FixInsertsItAfterLeadingComments(string text, string expected)
    {
        var fixedText = FixAll(text);

        Assert.Equal(expected, fixedText);
        Assert.DoesNotContain(Loader.Load(fixedText)[0].Findings, f => f.RuleId == "NE0006");
    }

    [Fact]
    public void Load_CrlfAndByteOrderMark_FixesKeepThem()
    {
        var text = "\uFEFF# c\r\nmetadata:\r\n  name: X\r\n  type: NGO\r\n  country: NLD\r\nhygeine: {}\r\n";

        var fixedText = FixAll(text);

        Assert.Equal("\uFEFF# c\r\napiVersion: norms/v1\r\nkind: Organisation\r\nmetadata:\r\n  name: X\r\n  type: ngo\r\n  country: NLD\r\nhygiene: {}\r\n", fixedText);
    }

    [Fact]
    public void Load_FixedText_FixingAgainChangesNothing()
    {
        var once = FixAll("\uFEFFmetadata:\r\n  name: X\r\n  type: NGO\r\n  country: NLD\r\n  assessedOn: 2026/10/15\r\nhygeine: { mfa: { adminPct: 93% } }\r\n");

        Assert.Equal(once, FixAll(once));
        Assert.Empty(Loader.Load(once)[0].Findings);
    }

    [Fact]
    public void Load_Fixes_PositionsAgreeWithOffsets()
    {
        var text = Header + "metadata:\n  name: X\n  type: NGO\n  country: NLD\n";

        var edit = Loader.Load(text, "org.yaml")[0].Findings.SelectMany(f => f.Fixes).SelectMany(f => f.Edits).Single();

        Assert.Equal(new TextEdit("org.yaml", text.IndexOf("NGO", StringComparison.Ordinal), text.IndexOf("NGO", StringComparison.Ordinal) + 3, 5, 9, 5, 12, "ngo"), edit);
    }
}
