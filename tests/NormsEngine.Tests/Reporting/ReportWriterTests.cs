using System.Text.Json;
using System.Xml.Linq;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// Each format's <see cref="ReportWriter"/>: fed document by document it gives the bytes the formatter gives for the
/// whole report, and the streaming formats have written a document before the run ends.
/// </summary>
public class ReportWriterTests
{
    public static TheoryData<string> Formats() => [.. ReportFormatters.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void WriteDocumentByDocument_ManyDocuments_SameBytesAsTheWholeReport(string format)
    {
        var report = Many(25);
        var streamed = new StringWriter { NewLine = "\n" };

        using (var writer = ReportFormatters.Create(format).Open(streamed))
        {
            writer.Begin(new ReportHeader(report.Settings, report.ToolVersion));
            foreach (var document in report.Documents)
            {
                writer.WriteDocument(document, multiple: false);
            }

            writer.End(new ReportEnd(report.RunFindings, report.Baseline, ReportTally.Of(report)));
        }

        Assert.Equal(Reports.Write(ReportFormatters.Create(format), report), streamed.ToString());
    }

    [Theory]
    [InlineData("text", "org-0.yaml - Test Org")]
    [InlineData("msbuild", "org-0.yaml(4,3): error TST0101")]
    [InlineData("github", "::error file=org-0.yaml,line=4")]
    [InlineData("markdown", "## org-0.yaml - Test Org")]
    [InlineData("json", "\"path\": \"org-0.yaml\"")]
    [InlineData("sarif", "\"uri\": \"org-0.yaml\"")]
    [InlineData("gitlab", "\"path\": \"org-0.yaml\"")]
    [InlineData("oscal", "\"title\": \"Test Org (org-0.yaml)\"")]
    public void WriteDocument_StreamingFormat_TheDocumentIsOutBeforeTheEnd(string format, string expected)
    {
        var report = Many(3);
        var output = new StringWriter { NewLine = "\n" };
        using var writer = ReportFormatters.Create(format).Open(output);

        writer.Begin(new ReportHeader(report.Settings, report.ToolVersion));
        writer.WriteDocument(report.Documents[0], multiple: false);

        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("org-1.yaml", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_NoDocumentsAndNoRunFindings_WellFormed(string format)
    {
        var output = Reports.Write(ReportFormatters.Create(format), new Report());

        switch (format)
        {
            case "msbuild" or "github":
                Assert.Equal(string.Empty, output);
                break;
            case "gitlab":
                Assert.Equal("[]\n", output);
                break;
            case "text" or "markdown":
                Assert.Contains("0 documents", output, StringComparison.Ordinal);
                break;
            case "json":
                Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("documents").GetArrayLength());
                break;
            case "sarif":
                var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
                Assert.Equal(0, run.GetProperty("results").GetArrayLength());
                Assert.Equal(0, run.GetProperty("properties").GetProperty("documents").GetArrayLength());
                break;
            case "junit":
                Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites name=\"norms\" tests=\"0\" failures=\"0\" errors=\"0\" />\n", output);
                break;
            case "oscal":
                // OSCAL asks for at least one result: the run's, with no observation.
                var result = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray());
                Assert.False(result.TryGetProperty("observations", out _));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_RunFindingsButNoDocuments_WellFormedWithTheRunFinding(string format)
    {
        var output = Reports.Write(ReportFormatters.Create(format), Reports.Sample() with { Documents = [] });

        Assert.Contains("NE0302", output, StringComparison.Ordinal);
        switch (format)
        {
            case "json":
                Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("runFindings").GetArrayLength());
                break;
            case "gitlab":
                Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetArrayLength());
                break;
            case "sarif":
                Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
                break;
            case "junit":
                Assert.Equal("norms run", Assert.Single(XDocument.Parse(output).Root!.Elements("testsuite")).Attribute("name")!.Value);
                break;
            case "oscal":
                var run = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("assessment-results").GetProperty("results").EnumerateArray());
                Assert.Equal(1, run.GetProperty("observations").GetArrayLength());
                break;
        }
    }

    [Fact]
    public void Write_JUnitOverManyDocuments_SuitesComeBackFromTheSpoolWellFormedAndCounted()
    {
        // About 1.5 KB a suite: 1,000 documents take the spool past its memory limit into a temporary file.
        var report = Many(1000);

        var output = Reports.Write(new JUnitReportFormatter(), report);

        var root = XDocument.Parse(output).Root!;
        Assert.Equal(1001, root.Elements("testsuite").Count());
        Assert.Equal("norms run", root.Elements("testsuite").First().Attribute("name")!.Value);
        Assert.Equal(root.Descendants("testcase").Count().ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("tests")!.Value);
        Assert.True(output.Length > TextSpool.MemoryLimit, $"{output.Length} characters");
    }

    [Fact]
    public void Write_SarifOverManyDocuments_DocumentVerdictsComeBackFromTheSpoolInOrder()
    {
        var report = Many(5000);

        using var json = JsonDocument.Parse(Reports.Write(new SarifReportFormatter(), report));

        var documents = json.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("documents");
        Assert.Equal(5000, documents.GetArrayLength());
        Assert.Equal("org-4999.yaml", documents[4999].GetProperty("file").GetString());
        Assert.Equal("notSatisfied", documents[17].GetProperty("verdicts").GetProperty("P7").GetString());
    }

    /// <summary>The sample's document <paramref name="count"/> times, each in its own file.</summary>
    private static Report Many(int count)
    {
        var sample = Reports.Sample();
        var template = sample.Documents[0];
        var documents = new List<DocumentReport>(count);
        for (var i = 0; i < count; i++)
        {
            var file = $"org-{i}.yaml";
            documents.Add(template with
            {
                File = file,
                Findings = [.. template.Findings.Select(f => new Finding(f.Descriptor, f.Message, f.Location with { File = file }, f.Outcome)
                {
                    Severity = f.Severity,
                    Fingerprint = f.Fingerprint + "-" + i,
                    Suppression = f.Suppression,
                    BaselineState = f.BaselineState,
                })],
            });
        }

        return sample with { Documents = documents };
    }
}
