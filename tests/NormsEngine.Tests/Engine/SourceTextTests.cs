using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// <see cref="EvaluationOptions.IncludeSourceText"/>: reports carry their input's text only when asked, and the
/// documents of one input share one string rather than a copy each.
/// </summary>
public sealed class SourceTextTests
{
    private static readonly NormsEvaluator Evaluator = new([new ParisCallPack()]);

    [Fact]
    public void Evaluate_DefaultOptions_NoSourceText()
    {
        var report = Evaluator.EvaluateYaml(Hospital(), ReportSamples.Hospital);

        Assert.Null(report.Documents[0].SourceText);
    }

    [Fact]
    public void Evaluate_IncludeSourceText_TheInputsText()
    {
        var yaml = Hospital();

        var report = Evaluator.EvaluateYaml(yaml, ReportSamples.Hospital, new EvaluationOptions { IncludeSourceText = true });

        Assert.Equal(yaml, report.Documents[0].SourceText);
    }

    [Fact]
    public void Evaluate_TwoDocumentsInOneInput_ShareOneString()
    {
        var yaml = Hospital() + "\n---\n" + Hospital();

        var report = Evaluator.EvaluateYaml(yaml, "two.yaml", new EvaluationOptions { IncludeSourceText = true });

        Assert.Equal(2, report.Documents.Count);
        Assert.Same(report.Documents[0].SourceText, report.Documents[1].SourceText);
        Assert.Equal(yaml, report.Documents[1].SourceText);
    }

    [Fact]
    public async Task EvaluateAsync_StreamWithIncludeSourceText_TheDecodedText()
    {
        var yaml = Hospital();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(yaml));

        var report = await Evaluator.EvaluateAsync(stream, "upload.yaml", new EvaluationOptions { IncludeSourceText = true });

        Assert.Equal(yaml, report.Documents[0].SourceText);
    }

    private static string Hospital() => File.ReadAllText(RepositoryPaths.Combine(ReportSamples.Hospital));
}
