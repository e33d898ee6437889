using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class MarkdownReportFormatterTests
{
    [Fact]
    public void Write_Sample_PrincipleTableWithVerdictSymbols()
    {
        var output = Reports.Write(new MarkdownReportFormatter(), Reports.Sample());

        Assert.Contains("## org.yaml - Test Org\n", output, StringComparison.Ordinal);
        Assert.Contains("| P6 Lifecycle security | ❌ notSatisfied | 0% | 0 | 2 | 0 | 1 | 1 |\n", output, StringComparison.Ordinal);
        Assert.Contains("| P7 Cyber hygiene | ❌ notSatisfied | 50% | 1 | 1 | 0 | 0 | 0 |\n", output, StringComparison.Ordinal);
        Assert.Contains("| P9 International norms | 🟡 partiallySatisfied | 50% | 1 | 1 | 0 | 0 | 0 |\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_FindingsGroupedByPrincipleInPrincipleOrder()
    {
        var output = Reports.Write(new MarkdownReportFormatter(), Reports.Sample());

        var p6 = output.IndexOf("#### P6 Lifecycle security\n", StringComparison.Ordinal);
        var p7 = output.IndexOf("#### P7 Cyber hygiene\n", StringComparison.Ordinal);
        var p9 = output.IndexOf("#### P9 International norms\n", StringComparison.Ordinal);
        Assert.True(p6 > 0 && p6 < p7 && p7 < p9, output);
        Assert.Contains("- ❌ error [TST0101](<https://github.com/normsengine/normsengine/blob/main/rules/test/TST0101.md>): MFA covers 80% `org.yaml:4`\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InactiveFindings_StruckThroughWithReason()
    {
        var output = Reports.Write(new MarkdownReportFormatter(), Reports.Sample());

        Assert.Contains("`org.yaml:7`~~ 🔕 *suppressed: Legacy system, retired in May*\n", output, StringComparison.Ordinal);
        Assert.Contains("`org.yaml:8`~~ 🔕 *baselined*\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_EndsWithSummaryLine()
    {
        var output = Reports.Write(new MarkdownReportFormatter(), Reports.Sample());

        var last = output.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("**1 document**: 1 error, 1 warning, 1 info finding; 1 suppressed, 1 baselined; verdicts: ", last, StringComparison.Ordinal);
        Assert.EndsWith("fails on warning: **failed**", last, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("*x* _y_ `z` <b> [l]", "\\*x\\* \\_y\\_ \\`z\\` \\<b\\> \\[l\\]")]
    [InlineData("one\ntwo", "one\\\\ntwo")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("&lt;b&gt; costs $5 and $6", "\\&lt;b\\&gt; costs \\$5 and \\$6")]
    [InlineData("C:\\org\u001b[31m", "C:\\\\org\\\\u001B\\[31m")]
    public void Escape_Text_ShownLiterallyOnOneLine(string text, string expected) =>
        Assert.Equal(expected, MarkdownReportFormatter.Escape(text));

    [Theory]
    [InlineData("org.yaml:4", "`org.yaml:4`")]
    [InlineData("a`b.yaml", "``a`b.yaml``")]
    [InlineData("`x``.yaml", "``` `x``.yaml ```")]
    [InlineData("a\nb|c.yaml", "`a\\nb|c.yaml`")]
    public void Code_Text_CodeSpanNoBacktickCanClose(string text, string expected) =>
        Assert.Equal(expected, MarkdownReportFormatter.Code(text));

    [Fact]
    public void Write_RuleWithoutPage_IdWithoutLink()
    {
        var output = Reports.Write(new MarkdownReportFormatter(), Reports.With(Reports.Finding(Reports.PagelessRule, "Not classified", 3)));

        Assert.Contains("warning TST0401: Not classified", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[TST0401]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("]()", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Verdict.Satisfied, "✅")]
    [InlineData(Verdict.PartiallySatisfied, "🟡")]
    [InlineData(Verdict.NotSatisfied, "❌")]
    [InlineData(Verdict.Undetermined, "❔")]
    [InlineData(Verdict.NotApplicable, "➖")]
    public void Symbol_Verdict_Symbol(Verdict verdict, string symbol) => Assert.Equal(symbol, MarkdownReportFormatter.Symbol(verdict));
}
