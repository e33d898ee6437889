using System.Text.RegularExpressions;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public partial class TextReportFormatterTests
{
    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiCode();

    [Fact]
    public void Write_ColourOff_NoEscapeCodes()
    {
        var output = Reports.Write(new TextReportFormatter(), Reports.Sample());

        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("\n  P7 Cyber hygiene        notSatisfied           50%     1     1     0\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  P6 Lifecycle security   notSatisfied            0%     0     2     0  (1 suppressed, 1 baselined)\n", output, StringComparison.Ordinal);
        Assert.Contains("org.yaml(4,3): error TST0101: MFA covers 80%\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ColourOn_VerdictsAndSeveritiesColouredLayoutUnchanged()
    {
        var plain = Reports.Write(new TextReportFormatter(colour: false), Reports.Sample());

        var coloured = Reports.Write(new TextReportFormatter(colour: true), Reports.Sample());

        Assert.Contains("\u001b[1;31mnotSatisfied\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[33mpartiallySatisfied\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("): \u001b[1;31merror\u001b[0m TST0101", coloured, StringComparison.Ordinal);
        Assert.Contains("): \u001b[36minfo\u001b[0m TST0301", coloured, StringComparison.Ordinal);
        Assert.Equal(plain, AnsiCode().Replace(coloured, string.Empty));
    }

    [Fact]
    public void Write_Sample_MarksInactiveFindingsAndSummarisesBaseline()
    {
        var output = Reports.Write(new TextReportFormatter(), Reports.Sample());

        Assert.Contains("Patched every 45 days [suppressed]\n", output, StringComparison.Ordinal);
        Assert.Contains("Patched every 60 days [baselined]\n", output, StringComparison.Ordinal);
        Assert.StartsWith("org.yaml - Test Org\n", output, StringComparison.Ordinal);

        // The run's own findings come after the documents (a stale suppression is only known at the end), before the summary.
        Assert.Contains("\nnorms.config.yaml(3,3): warning NE0302: The suppression of TST0999 matched nothing\n\n1 document: ", output, StringComparison.Ordinal);
        Assert.Contains("1 document: 1 error, 1 warning, 1 info finding; verdicts: 1 partiallySatisfied, 2 notSatisfied; 1 suppressed; 1 baselined\n", output, StringComparison.Ordinal);
        Assert.EndsWith("baseline norms.baseline.json: 3 new, 1 unchanged, 0 absent\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TextWithColour_ColouredFormatter()
    {
        var formatter = Assert.IsType<TextReportFormatter>(ReportFormatters.Create("text", colour: true));

        Assert.True(formatter.Colour);
    }
}
