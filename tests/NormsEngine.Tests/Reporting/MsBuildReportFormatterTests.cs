using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class MsBuildReportFormatterTests
{
    [Fact]
    public void Write_Sample_OneCanonicalLinePerActiveFindingRunFindingsLast()
    {
        var output = Reports.Write(new MsBuildReportFormatter(), Reports.Sample());

        Assert.Equal(
            "org.yaml(4,3): error TST0101: MFA covers 80%\n" +
            "org.yaml(12,3): info TST0301: Not endorsed\n" +
            "norms.config.yaml(3,3): warning NE0302: The suppression of TST0999 matched nothing\n",
            output);
    }

    [Fact]
    public void Write_SuppressedAndBaselinedFindings_AreLeftOut()
    {
        var output = Reports.Write(new MsBuildReportFormatter(), Reports.Sample());

        Assert.DoesNotContain("Patched every", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FindingWithoutPositionOrFile_OriginWithoutParentheses()
    {
        var noPosition = new Finding(Reports.ErrorRule, "unreadable", new SourceLocation("x.yaml", string.Empty, 0, 0, 0, 0));
        var noFile = new Finding(Reports.ErrorRule, "from stdin", new SourceLocation(null, "a", 2, 1, 2, 4));

        var output = Reports.Write(new MsBuildReportFormatter(), Reports.With(noPosition, noFile));

        Assert.Equal("x.yaml: error TST0101: unreadable\n<input>(2,1): error TST0101: from stdin\n", output);
    }

    [Fact]
    public void Write_MessageWithLineBreaks_StaysOnOneLine()
    {
        var finding = Reports.Finding(Reports.ErrorRule, "first\nsecond\r\nthird\u2028x.yaml(1,1): error X0001: forged", 1, file: "a\nb.yaml");

        var output = Reports.Write(new MsBuildReportFormatter(), Reports.With(finding));

        Assert.Equal("a\\nb.yaml(1,3): error TST0101: first\\nsecond\\r\\nthird\\u2028x.yaml(1,1): error X0001: forged\n", output);
    }
}
