using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// The html format: self-contained (no script, nothing fetched), the same bytes for the same report, YAML excerpts
/// from the source text when the report carries it, a portfolio before the documents, the details limit, and a
/// remediation plan in the documented order with what each fix would raise decided by the verdict rules.
/// </summary>
public sealed partial class HtmlReportFormatterTests
{
    private static readonly RuleDescriptor ErrorRule = Rule("PC0900", Severity.Error, "P2");
    private static readonly RuleDescriptor NoRaiseRule = Rule("PC0500", Severity.Warning, "P2");
    private static readonly RuleDescriptor RaiseRule = Rule("PC0700", Severity.Warning, "P1");
    private static readonly RuleDescriptor DataRule = Rule("PC0100", Severity.Warning, "P3");

    /// <summary>Both samples with the text of their files, as the CLI evaluates them for this format.</summary>
    internal static Report WithSource(Report report) => report with
    {
        Documents = [.. report.Documents.Select(d => d with { SourceText = File.ReadAllText(RepositoryPaths.Combine(d.File!)) })],
    };

    [Fact]
    public void Write_SameReportTwice_SameBytes()
    {
        var report = WithSource(ReportSamples.Both());

        Assert.Equal(Html(report), Html(report));
    }

    [Fact]
    public void Write_Samples_NoScriptAndNothingFetched()
    {
        var html = Html(WithSource(ReportSamples.Both()));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\s(src|srcset|data|poster|action|formaction)\s*=", html);
        Assert.DoesNotMatch(@"url\s*\(|@import|<link|<iframe|<object|<embed|<img|<form", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);

        // Links leave the page only as <a> a reader follows; everything else refers to this page's own fragments.
        foreach (Match tag in HrefTag().Matches(html))
        {
            var (name, target) = (tag.Groups["tag"].Value, tag.Groups["href"].Value);
            Assert.True(target.StartsWith('#') || (name == "a" && target.StartsWith("https://", StringComparison.Ordinal)), tag.Value);
        }
    }

    [Fact]
    public void Write_ReportWithSource_QuotesTheLinesAroundAFindingAndMarksItsLine()
    {
        var report = WithSource(ReportSamples.Decorated("hospital"));
        var finding = report.Documents[0].Findings.First(f => f.RuleId == "PC0608");
        var line = File.ReadAllLines(RepositoryPaths.Combine(ReportSamples.Hospital))[finding.Location.Line - 1];

        var html = Html(report);

        var marked = $"<mark class=\"line\"><span class=\"no\">&#9654;{finding.Location.Line,5} </span>{HtmlText.Escape(line)}</mark>";
        Assert.Contains(marked, html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"no\"> {finding.Location.Line - 2,5} </span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CarriageReturnOnlySource_EachFindingMarksTheLineItNames() =>
        AssertEachFindingMarksItsLine(["\r"]);

    [Fact]
    public void Write_MixedLineBreaksSource_EachFindingMarksTheLineItNames() =>
        AssertEachFindingMarksItsLine(["\r\n", "\n", "\r"]);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Write_SourceEndingInALineBreak_ExcerptLinesWithoutTheirBreaks(string finalBreak)
    {
        // Lines 3 to 6 hold the plan's findings; the last of them ends the text with its break.
        var document = PlanDocument() with { SourceText = "l1\rl2\r\nl3\nl4\rl5\r\nl6" + finalBreak };

        var html = Html(new Report { Documents = [document] });

        foreach (var line in new[] { 3, 4, 5, 6 })
        {
            Assert.Contains(Marked(line, "l" + line.ToString(CultureInfo.InvariantCulture)), html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\\r", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"no\">    7 </span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReportWithoutSource_NoExcerpt()
    {
        var html = Html(ReportSamples.Decorated("hospital"));

        Assert.DoesNotContain("<pre class=\"excerpt\"", html, StringComparison.Ordinal);
        Assert.Contains("PC0608", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OneDocument_NoPortfolio()
    {
        var html = Html(ReportSamples.Decorated("hospital"));

        Assert.DoesNotContain("id=\"portfolio\"", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"document\" id=\"d1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoDocuments_PortfolioFirstLinkingEachDocumentAndPrinciple()
    {
        var html = Html(ReportSamples.Both());

        var portfolio = html.IndexOf("id=\"portfolio\"", StringComparison.Ordinal);
        Assert.True(portfolio > 0 && portfolio < html.IndexOf("id=\"d1\"", StringComparison.Ordinal));
        Assert.Contains("<a href=\"#d1\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#d2\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#d2-P7\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"d2-P7\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("more than", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PastTheLimit_OnlyDocumentsWithAGapHaveDetails()
    {
        var both = ReportSamples.Both();
        var clean = Clean(both.Documents[0]);
        var report = both with { Documents = [both.Documents[0], clean, both.Documents[1]] };

        var within = Html(report, limit: 3);
        var past = Html(report, limit: 2);

        Assert.Contains("id=\"d2\"", within, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#d2\">", within, StringComparison.Ordinal);
        Assert.Contains("id=\"d1\"", past, StringComparison.Ordinal);
        Assert.Contains("id=\"d3\"", past, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"d2\"", past, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#d2", past, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">A clean organisation<br>", past, StringComparison.Ordinal);
        Assert.Contains("This run has 3 documents, more than 2", past, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_FailedRules_MostSevereFirstThenMostVerdictsRaisedThenId()
    {
        var document = PlanDocument();

        var plan = HtmlRemediation.Plan(document);

        Assert.Equal(["PC0900", "PC0100", "PC0700", "PC0500"], plan.Select(p => p.Descriptor.Id));
        Assert.Equal([("P2", Verdict.NotSatisfied, Verdict.PartiallySatisfied)], plan[0].Raises.Select(r => (r.Principle.Id, r.From, r.To)));
        Assert.Equal([("P3", Verdict.PartiallySatisfied, Verdict.Undetermined)], plan[1].Raises.Select(r => (r.Principle.Id, r.From, r.To)));
        Assert.Equal([("P1", Verdict.PartiallySatisfied, Verdict.Satisfied)], plan[2].Raises.Select(r => (r.Principle.Id, r.From, r.To)));
        Assert.Empty(plan[3].Raises);
    }

    [Fact]
    public void Plan_DocumentWritten_ListsTheRulesInPlanOrderWithWhatTheyRaise()
    {
        var report = ReportSamples.Evaluate(ReportSamples.Hospital) with { Documents = [PlanDocument()] };

        var html = Html(report);

        var plan = html[html.IndexOf("<ol class=\"plan\">", StringComparison.Ordinal)..];
        plan = plan[..plan.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Equal(["PC0900", "PC0100", "PC0700", "PC0500"], PlanRule().Matches(plan).Select(m => m.Groups[1].Value));
        Assert.Contains("Fixing it raises P2 from not satisfied to partially satisfied.", plan, StringComparison.Ordinal);
        Assert.Contains("Fixing it raises no verdict on its own.", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_EveryFailedRuleOfAPrinciple_NoFailureLeft()
    {
        // Fixing every failed rule of a principle at once must leave no failure: satisfied, or undetermined when data is missing.
        var document = ReportSamples.Evaluate(ReportSamples.SoftwareVendor).Documents[0];
        foreach (var result in document.Principles.Where(p => p.FailedError + p.FailedWarning + p.FailedInfo > 0))
        {
            var failures = document.Findings.Where(f => f.Outcome == Outcome.Failed && f.Principle == result.Principle.Id).ToList();

            var fixedResult = HtmlRemediation.Fixed(result, failures);

            Assert.Equal(result.Insufficient > 0 ? Verdict.Undetermined : Verdict.Satisfied, fixedResult);
        }
    }

    [Fact]
    public void Write_ExplainedDocumentMissingData_AsksInTheFieldCataloguesWords()
    {
        var evaluator = new NormsEngine.Engine.NormsEvaluator([new NormsEngine.ParisCall.ParisCallPack()]);
        var yaml = File.ReadAllText(RepositoryPaths.Combine(ReportSamples.SoftwareVendor));
        var explained = evaluator.EvaluateYaml(yaml, ReportSamples.SoftwareVendor, new NormsEngine.Engine.EvaluationOptions { Explain = true });
        var plain = evaluator.EvaluateYaml(yaml, ReportSamples.SoftwareVendor);
        var question = explained.Documents[0].Explanations.SelectMany(e => e.Questions).First();
        var path = question["declare ".Length..question.IndexOf(':', StringComparison.Ordinal)];

        var withCatalogue = Html(explained);
        var withoutCatalogue = Html(plain);

        Assert.Contains($"<li>What is <code>{path}</code>? {HtmlText.Escape(char.ToUpperInvariant(question[path.Length + 10]) + question[(path.Length + 11)..])}.</li>", withCatalogue, StringComparison.Ordinal);
        Assert.Contains($"<li>What is <code>{path}</code>?</li>", withoutCatalogue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b a=\"x\">&'", "&lt;b a=&quot;x&quot;&gt;&amp;&#39;")]
    [InlineData("line\r\nbreak\u0001\u202E", "line\\r\\nbreak\\u0001\\u202E")]
    [InlineData("plain", "plain")]
    public void Escape_Value_NoMarkupNoControlCharacter(string value, string expected) =>
        Assert.Equal(expected, HtmlText.Escape(value));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<b>")]
    public void Href_NotAWebLink_Null(string uri) => Assert.Null(HtmlText.Href(new Uri(uri)));

    [Fact]
    public void Href_WebLinkWithQuote_Escaped() =>
        Assert.Equal("https://example.org/a?b=%22&amp;c=1", HtmlText.Href(new Uri("https://example.org/a?b=\"&c=1")));

    [Theory]
    [InlineData("P1", "P1")]
    [InlineData("a b", "a_20b")]
    [InlineData("\"><x", "_22_3e_3cx")]
    public void Id_Value_LettersDigitsAndEscapes(string value, string expected) => Assert.Equal(expected, HtmlText.Id(value));

    /// <summary>
    /// The hospital sample (LF only) with its line breaks replaced, in turn, by <paramref name="breaks"/>: YAML counts
    /// CRLF, LF and a lone CR as one break each, so the findings keep their lines, and each finding's excerpt marks the
    /// line with the number it carries, showing that line's text without its break.
    /// </summary>
    private static void AssertEachFindingMarksItsLine(string[] breaks)
    {
        var original = File.ReadAllText(RepositoryPaths.Combine(ReportSamples.Hospital));
        var lines = original.Split('\n');
        Assert.DoesNotContain('\r', original);
        var yaml = string.Concat(lines.Select((l, i) => i < lines.Length - 1 ? l + breaks[i % breaks.Length] : l));
        var options = new EvaluationOptions { IncludeSourceText = true };

        var report = ReportSamples.Evaluator.EvaluateYaml(yaml, ReportSamples.Hospital, options);
        var html = Html(report);

        var findings = report.Documents[0].Findings.Where(f => f.Location.Line >= 1).ToList();
        var reference = ReportSamples.Evaluator.EvaluateYaml(original, ReportSamples.Hospital, options).Documents[0].Findings
            .Where(f => f.Location.Line >= 1);
        Assert.Equal(reference.Select(f => f.Location), findings.Select(f => f.Location));
        Assert.Contains(findings, f => f.Location.Line > breaks.Length + 1);
        foreach (var finding in findings)
        {
            Assert.Contains(Marked(finding.Location.Line, lines[finding.Location.Line - 1]), html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\\r", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\n", html, StringComparison.Ordinal);
    }

    /// <summary>How an excerpt shows line <paramref name="line"/>, marked, with <paramref name="text"/>.</summary>
    private static string Marked(int line, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"<mark class=\"line\"><span class=\"no\">&#9654;{line,5} </span>{HtmlText.Escape(text)}</mark>");

    private static RuleDescriptor Rule(string id, Severity severity, string principle) =>
        RuleDescriptor.Create(id, "Rule " + id, "{0}", "Test", severity, "Description.", "Fix " + id + ".", principle: principle);

    /// <summary>
    /// P1: one passed, PC0700 (warning) failed: partially satisfied, and its fix satisfies it. P2: PC0900 (error) and
    /// PC0500 (warning) failed, none passed: not satisfied; fixing PC0900 leaves a warning and a pass (partially),
    /// fixing PC0500 leaves the error (no change). P3: two passed, PC0100 (warning) failed, one without data: partially
    /// satisfied, and its fix leaves it undetermined.
    /// </summary>
    private static DocumentReport PlanDocument()
    {
        var principles = new[]
        {
            Result("P1", Verdict.PartiallySatisfied, passed: 1, warning: 1),
            Result("P2", Verdict.NotSatisfied, passed: 0, warning: 1, error: 1),
            Result("P3", Verdict.PartiallySatisfied, passed: 2, warning: 1, insufficient: 1),
        };
        return new DocumentReport
        {
            File = "plan.yaml",
            Name = "Plan Org",
            Evaluated = true,
            Principles = principles,
            Findings =
            [
                Failure(DataRule, 3),
                Failure(NoRaiseRule, 4),
                Failure(RaiseRule, 5),
                Failure(ErrorRule, 6),
            ],
        };

        static PrincipleResult Result(string id, Verdict verdict, int passed, int warning = 0, int error = 0, int insufficient = 0) => new()
        {
            Principle = new Principle(id, "Principle " + id, "Text."),
            Verdict = verdict,
            Score = 50m,
            Passed = passed,
            FailedWarning = warning,
            FailedError = error,
            Insufficient = insufficient,
        };

        static Finding Failure(RuleDescriptor rule, int line) =>
            new(rule, "Failed " + rule.Id, new SourceLocation("plan.yaml", "a.b", line, 1, line, 2)) { Severity = rule.DefaultSeverity };
    }

    /// <summary>The document with every principle satisfied and no finding: no gap.</summary>
    private static DocumentReport Clean(DocumentReport document) => document with
    {
        Name = "A clean organisation",
        File = "clean.yaml",
        Findings = [],
        Principles = [.. document.Principles.Select(p => p with { Verdict = Verdict.Satisfied, Score = 100m, FailedError = 0, FailedWarning = 0, FailedInfo = 0, Insufficient = 0, Suppressed = 0, Baselined = 0 })],
    };

    private static string Html(Report report, int limit = HtmlReportFormatter.DetailsLimit)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new HtmlReportFormatter(limit).Write(report, writer);
        return writer.ToString();
    }

    [GeneratedRegex(@"<(?<tag>[a-zA-Z]+)\b[^>]*\shref=""(?<href>[^""]*)""")]
    private static partial Regex HrefTag();

    [GeneratedRegex(@"<a href=""#d1-f\d+"">(PC\d+)</a>")]
    private static partial Regex PlanRule();
}
