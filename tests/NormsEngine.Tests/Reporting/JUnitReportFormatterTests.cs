using System.Xml.Linq;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class JUnitReportFormatterTests
{
    private static XDocument Write(Report report) => XDocument.Parse(Reports.Write(new JUnitReportFormatter(), report));

    private static (int Tests, int Failures, int Errors, int Skipped) Counts(XElement element) =>
        ((int)element.Attribute("tests")!, (int)element.Attribute("failures")!, (int)element.Attribute("errors")!, (int?)element.Attribute("skipped") ?? -1);

    [Fact]
    public void Write_Sample_SuitePerDocumentPlusRunWithRightCounts()
    {
        var xml = Write(Reports.Sample());

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(["norms run", "org.yaml (document 1)"], suites.Select(s => (string)s.Attribute("name")!));

        // 4 findings + 2 passed rules; failOn warning: the error fails, the info passes, two are skipped.
        Assert.Equal((6, 1, 0, 2), Counts(suites[1]));
        Assert.Equal((1, 1, 0, 0), Counts(suites[0]));
        Assert.Equal((7, 2, 0, -1), Counts(xml.Root));
        Assert.Equal(suites[1].Elements("testcase").Count(), Counts(suites[1]).Tests);
    }

    [Fact]
    public void Write_Sample_TestcasesNamedByPrincipleRuleAndPath()
    {
        var cases = Write(Reports.Sample()).Descendants("testcase").Select(c => $"{c.Attribute("classname")!.Value}|{c.Attribute("name")!.Value}").ToList();

        Assert.Contains("P7|TST0101 hygiene.mfa.adminPct", cases);
        Assert.Contains("P7|TST0102 hygiene.mfa.remotePct", cases);
        Assert.Contains("engine|NE0302 suppressions[0]", cases);
    }

    [Fact]
    public void Write_FailureSkippedAndSystemOut_CarryTheFinding()
    {
        var cases = Write(Reports.Sample()).Descendants("testcase").ToDictionary(c => c.Attribute("name")!.Value);

        var failure = cases["TST0101 hygiene.mfa.adminPct"].Element("failure")!;
        Assert.Equal(("MFA covers 80%", "TST0101"), ((string)failure.Attribute("message")!, (string)failure.Attribute("type")!));
        Assert.StartsWith("org.yaml(4,3): error TST0101: MFA covers 80%\n", failure.Value, StringComparison.Ordinal);
        Assert.Equal("suppressed: Legacy system, retired in May", (string)cases["TST0201 hygiene.patching.osCadenceDays"].Element("skipped")!.Attribute("message")!);
        Assert.Equal("baselined", (string)cases["TST0201 hygiene.patching.serverCadenceDays"].Element("skipped")!.Attribute("message")!);
        Assert.Contains("info TST0301: Not endorsed", cases["TST0301 norms.parisCall.endorsed"].Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.Empty(cases["TST0102 hygiene.mfa.remotePct"].Elements());
    }

    [Theory]
    [InlineData(Severity.Error, 1)]
    [InlineData(Severity.Warning, 2)]
    [InlineData(Severity.Info, 3)]
    [InlineData(Severity.None, 0)]
    public void Write_FailOn_FailuresAreTheActiveFindingsAtOrAboveIt(Severity failOn, int failures)
    {
        var report = Reports.Sample() with { Settings = new RunSettings { FailOn = failOn } };

        var xml = Write(report);

        Assert.Equal(failures, Counts(xml.Root!).Failures);
        Assert.Equal(failures, xml.Descendants("failure").Count());
        Assert.Equal(report.Fails(failOn), failures > 0);
    }

    [Fact]
    public void Write_Output_Utf8DeclarationAndLfOnly()
    {
        var output = Reports.Write(new JUnitReportFormatter(), Reports.Sample());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output);
        Assert.EndsWith("</testsuites>\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sample_RootHasOnlyTheCountsTheJenkinsSchemaAllows()
    {
        var root = Write(Reports.Sample()).Root!;

        Assert.Equal(["name", "tests", "failures", "errors"], root.Attributes().Select(a => a.Name.LocalName));
        Assert.All(root.Elements("testsuite"), s => Assert.NotNull(s.Attribute("skipped")));
    }

    [Fact]
    public void Write_ValueWithCharactersXmlForbids_WellFormedWithVisibleEscapes()
    {
        var finding = Reports.Finding(Reports.ErrorRule, "Supplier A\u0001B\uFFFE\uD800 has no clauses", 4, "supplyChain.suppliers[0]", "a\u0001b.yaml");
        var report = Reports.With(finding) with { Documents = [Reports.With(finding).Documents[0] with { Name = "A\u0001B", File = "a\u0001b.yaml" }] };

        var output = Reports.Write(new JUnitReportFormatter(), report);

        var xml = XDocument.Parse(output);
        var failure = xml.Descendants("failure").Single();
        Assert.Equal("Supplier A\\u0001B\\uFFFE\\uD800 has no clauses", (string)failure.Attribute("message")!);
        Assert.StartsWith("a\\u0001b.yaml(4,3): error TST0101: Supplier A\\u0001B", failure.Value, StringComparison.Ordinal);
        Assert.Equal("A\\u0001B", (string)xml.Descendants("property").Single(p => (string)p.Attribute("name")! == "organisation").Attribute("value")!);
        Assert.Equal("a\\u0001b.yaml (document 1)", (string)xml.Descendants("testsuite").Single().Attribute("name")!);
    }

    [Fact]
    public void Write_InsufficientDataForTwoRulesAtOnePath_DistinctTestcaseNames()
    {
        Finding Insufficient(string rule) =>
            new(EngineDiagnostics.InsufficientData, EngineDiagnostics.InsufficientData.FormatMessage(rule, "hygiene.mfa"), new SourceLocation("org.yaml", "hygiene", 3, 1, 3, 8), Outcome.InsufficientData) { Principle = "P7" };

        var names = Write(Reports.With(Insufficient("PC0701"), Insufficient("PC0702"))).Descendants("testcase").Select(c => (string)c.Attribute("name")!).ToList();

        Assert.Equal(["NE0201 PC0701 hygiene", "NE0201 PC0702 hygiene"], names);
    }
}
