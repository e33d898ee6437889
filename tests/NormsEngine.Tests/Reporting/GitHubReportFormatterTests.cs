using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class GitHubReportFormatterTests
{
    [Fact]
    public void Write_Sample_CommandPerActiveFindingWithLevelsAndPositions()
    {
        var output = Reports.Write(new GitHubReportFormatter(), Reports.Sample());

        Assert.Equal(
            "::error file=org.yaml,line=4,col=3,endLine=4,endColumn=9,title=TST0101::MFA covers 80%25\n" +
            "::notice file=org.yaml,line=12,col=3,endLine=12,endColumn=9,title=TST0301::Not endorsed\n" +
            "::warning file=norms.config.yaml,line=3,col=3,endLine=3,endColumn=9,title=NE0302::The suppression of TST0999 matched nothing\n",
            output);
    }

    [Fact]
    public void Write_SpecialCharacters_EscapedAsTheRunnerExpects()
    {
        var finding = new Finding(Reports.WarningRule, "100% done\r\nnext: a, b", new SourceLocation("dir,with:odd%/org.yaml", "a", 2, 1, 2, 5));

        var output = Reports.Write(new GitHubReportFormatter(), Reports.With(finding));

        Assert.Equal(
            "::warning file=dir%2Cwith%3Aodd%25/org.yaml,line=2,col=1,endLine=2,endColumn=5,title=TST0201::100%25 done\\r\\nnext: a, b\n",
            output);
    }

    [Fact]
    public void Write_NoPosition_FileOnly()
    {
        var finding = new Finding(Reports.ErrorRule, "unreadable", new SourceLocation("x.yaml", string.Empty, 0, 0, 0, 0));

        var output = Reports.Write(new GitHubReportFormatter(), Reports.With(finding));

        Assert.Equal("::error file=x.yaml,title=TST0101::unreadable\n", output);
    }

    [Theory]
    [InlineData("a%b", "a%25b")]
    [InlineData("a\rb\nc", "a%0Db%0Ac")]
    [InlineData("a:b,c", "a:b,c")]
    public void EscapeData_Message_EscapesPercentAndLineBreaksOnly(string value, string expected) =>
        Assert.Equal(expected, GitHubReportFormatter.EscapeData(value));

    [Theory]
    [InlineData("a:b,c", "a%3Ab%2Cc")]
    [InlineData("50%\n", "50%25%0A")]
    public void EscapeProperty_Value_AlsoEscapesColonAndComma(string value, string expected) =>
        Assert.Equal(expected, GitHubReportFormatter.EscapeProperty(value));
}
