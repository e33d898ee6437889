using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Reporting;

/// <summary>The findings' code fixes in the reports: SARIF <c>fixes</c>, JSON <c>fixes</c>, and the text output's count.</summary>
public sealed class FixReportingTests
{
    private const string Mistyped = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\n  type: NGO\n  country: NLD\nhygeine: {}\n";

    private static Report Evaluate(string yaml, string? file = "org.yaml") => ReportSamples.Evaluator.EvaluateYaml(yaml, file);

    private static string Format(string format, Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormatters.Create(format).Write(report, writer);
        return writer.ToString();
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    [Fact]
    public void Sarif_FixableFindings_CarryTheirReplacements()
    {
        using var sarif = JsonDocument.Parse(Format("sarif", Evaluate(Mistyped)));

        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var rename = results.Single(r => r.GetProperty("ruleId").GetString() == "NE0002").GetProperty("fixes")[0];
        Assert.Equal("Rename 'hygeine' to 'hygiene'", rename.GetProperty("description").GetProperty("text").GetString());
        var change = rename.GetProperty("artifactChanges")[0];
        Assert.Equal("org.yaml", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = change.GetProperty("replacements")[0];
        Assert.Equal("""{"startLine":7,"startColumn":1,"endLine":7,"endColumn":8}""", Compact(replacement.GetProperty("deletedRegion")));
        Assert.Equal("hygiene", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.All(results.Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("PC", StringComparison.Ordinal)), r => Assert.False(r.TryGetProperty("fixes", out _)));
    }

    [Fact]
    public void Sarif_InsertionFix_HasAnEmptyRegionAndNoDeletion()
    {
        using var sarif = JsonDocument.Parse(Format("sarif", Evaluate("# c\nkind: Organisation\nmetadata: { name: X, type: ngo, country: NLD }\n")));

        var replacement = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "NE0006").GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("""{"startLine":2,"startColumn":1,"endLine":2,"endColumn":1}""", Compact(replacement.GetProperty("deletedRegion")));
        Assert.Equal("apiVersion: norms/v1\n", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Sarif_FixOfTextFromNoFile_IsLeftOut()
    {
        Assert.DoesNotContain("\"fixes\"", Format("sarif", Evaluate(Mistyped, file: null)), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_FixableFinding_ListsItsEditsWithOffsetsAndPositions()
    {
        using var json = JsonDocument.Parse(Format("json", Evaluate(Mistyped)));

        var finding = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "NE0003");
        var fix = finding.GetProperty("fixes")[0];
        Assert.Equal("Replace 'NGO' with 'ngo'", fix.GetProperty("title").GetString());
        var start = Mistyped.IndexOf("NGO", StringComparison.Ordinal);
        Assert.Equal(
            $$"""{"file":"org.yaml","start":{{start}},"end":{{start + 3}},"line":5,"column":9,"endLine":5,"endColumn":12,"newText":"ngo"}""",
            Compact(fix.GetProperty("edits")[0]));
    }

    [Fact]
    public void Text_FixableFindings_SaysHowManyNormsFixRepairs()
    {
        Assert.Contains("\n2 findings can be repaired by `norms fix`.\n", Format("text", Evaluate(Mistyped)), StringComparison.Ordinal);
        Assert.DoesNotContain("can be repaired", Format("text", Evaluate(Mistyped.Replace("NGO", "ngo", StringComparison.Ordinal).Replace("hygeine", "hygiene", StringComparison.Ordinal))), StringComparison.Ordinal);
    }
}
