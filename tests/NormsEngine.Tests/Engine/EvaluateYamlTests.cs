using System.Reflection;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// A string that holds YAML text goes through a method that says so (EvaluateYaml, EvaluateYamlAsync); a path goes
/// through EvaluateFile or EvaluateFileAsync. Passing a file name as YAML is still NE0006, but the message says why.
/// </summary>
public class EvaluateYamlTests
{
    private const string Document = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\n";

    private static readonly NormsEvaluator Evaluator = new([new TestPack()]);

    [Fact]
    public void INormsEvaluator_StringParameterNamedYaml_OnlyInMethodsNamedYaml()
    {
        // EvaluateAsync("brindle.yaml") used to compile and read the file name as YAML text.
        var misleading = typeof(INormsEvaluator).GetMethods()
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(string) && p.Name == "yaml"))
            .Where(m => !m.Name.StartsWith("EvaluateYaml", StringComparison.Ordinal))
            .Select(m => m.Name)
            .ToList();

        Assert.Empty(misleading);
        Assert.Equal(["EvaluateYaml", "EvaluateYamlAsync"], TextMethods(typeof(INormsEvaluator)));
        Assert.Equal(["EvaluateYaml", "EvaluateYamlAsync"], TextMethods(typeof(NormsEvaluator)));
    }

    [Fact]
    public void INormsEvaluator_EvaluateAsyncOverloads_TakeOnlyStreamsAndReaders()
    {
        var first = typeof(INormsEvaluator).GetMethods()
            .Where(m => m.Name == nameof(INormsEvaluator.EvaluateAsync))
            .Select(m => m.GetParameters()[0].ParameterType)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal([typeof(Stream), typeof(TextReader)], first);
    }

    [Fact]
    public async Task EvaluateYamlAsync_YamlText_SameReportAsEvaluateYaml()
    {
        var options = new EvaluationOptions { AsOf = new DateOnly(2026, 10, 15) };

        var expected = NormsEvaluatorAsyncTests.Json(Evaluator.EvaluateYaml(Document, "t.yaml", options));
        var actual = NormsEvaluatorAsyncTests.Json(await Evaluator.EvaluateYamlAsync(Document, "t.yaml", options));

        Assert.Equal(expected, actual);
        Assert.Contains("\"evaluated\": true", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateYaml_FileNameInsteadOfText_Ne0006SaysDidYouMeanEvaluateFile()
    {
        var finding = Assert.Single(Evaluator.EvaluateYaml("brindle.yaml").Documents[0].Findings);

        Assert.Equal("NE0006", finding.RuleId);
        Assert.StartsWith("A practices document is a mapping", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("The text 'brindle.yaml' looks like a file path, but this method reads YAML text; did you mean EvaluateFile?", finding.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public async Task EvaluateYamlAsync_FileNameInsteadOfText_Ne0006SaysDidYouMeanEvaluateFileAsync()
    {
        var report = await Evaluator.EvaluateYamlAsync("policies/Brindle.YML\n", "input.yaml");

        var document = Assert.Single(report.Documents);
        Assert.False(document.Evaluated);
        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0006", finding.RuleId);
        Assert.EndsWith("The text 'policies/Brindle.YML' looks like a file path, but this method reads YAML text; did you mean EvaluateFileAsync?", finding.Message, StringComparison.Ordinal);
        Assert.Equal("input.yaml", finding.Location.File);
        Assert.False(string.IsNullOrEmpty(finding.Fingerprint));
    }

    [Theory]
    [InlineData("just some words")]
    [InlineData("file: brindle.yaml")]
    [InlineData("- brindle.yaml")]
    [InlineData("[brindle.yaml]")]
    [InlineData("apiVersion: norms/v1\nkind: Organisation\nmetadata: brindle.yaml")]
    [InlineData("brindle.yaml\n---\nbrindle.yaml")]
    public void EvaluateYaml_TextThatIsNotAPath_Ne0006WithoutTheHint(string yaml)
    {
        var findings = Evaluator.EvaluateYaml(yaml).Documents.SelectMany(d => d.Findings).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.DoesNotContain("did you mean EvaluateFile", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateFileAsync_TheFileNamed_EvaluatesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"norms-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, Document);
        try
        {
            var report = await Evaluator.EvaluateFileAsync(path);

            Assert.True(Assert.Single(report.Documents).Evaluated);
            Assert.DoesNotContain(report.Documents[0].Findings, f => f.RuleId == "NE0006");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] TextMethods(Type type) =>
    [
        .. type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetParameters() is [{ ParameterType: var t }, ..] && t == typeof(string) && m.GetParameters()[0].Name == "yaml")
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal),
    ];
}
