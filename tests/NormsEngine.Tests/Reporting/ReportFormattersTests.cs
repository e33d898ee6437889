using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class ReportFormattersTests
{
    [Fact]
    public void Names_EveryFormatOfTheSpec()
    {
        Assert.Equal(["text", "msbuild", "json", "sarif", "junit", "markdown", "github", "gitlab", "oscal", "html"], ReportFormatters.Names);
    }

    [Fact]
    public void Create_EachName_FormatterWithThatName()
    {
        foreach (var name in ReportFormatters.Names)
        {
            Assert.Equal(name, ReportFormatters.Create(name).Name);
        }
    }

    [Fact]
    public void Create_UnknownName_ThrowsListingTheNames()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportFormatters.Create("xml"));

        Assert.Contains("'xml'", error.Message, StringComparison.Ordinal);
        Assert.Contains("text, msbuild, json, sarif, junit, markdown, github, gitlab, oscal, html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnyFormatTwice_SameTextLfOnly()
    {
        foreach (var name in ReportFormatters.Names)
        {
            var first = Reports.Write(ReportFormatters.Create(name), Reports.Sample());
            var second = Reports.Write(ReportFormatters.Create(name), Reports.Sample());

            Assert.Equal(first, second);
            Assert.DoesNotContain('\r', first);
        }
    }
}
