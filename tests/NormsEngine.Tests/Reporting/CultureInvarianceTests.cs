using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// Reports promise the same bytes on every machine. The tool runs with invariant globalization, but an app that
/// embeds the library runs in its users' culture: evaluating every sample and writing every format under cultures
/// with a decimal comma, other group separators and another minus sign gives exactly the invariant bytes.
/// </summary>
public sealed class CultureInvarianceTests
{
    private static readonly string[] Formats = ["text", "msbuild", "json", "sarif", "junit", "markdown", "github", "gitlab", "oscal", "html"];

    private static readonly NormsEvaluator Evaluator = new([new ParisCallPack()]);

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    public void EvaluateAndWrite_EveryFormatUnderAnotherCulture_SameBytesAsInvariant(string culture)
    {
        // The comparison has teeth only if the culture really formats numbers differently here (ICU present).
        Assert.NotEqual("1.5", (1.5m).ToString(CultureInfo.GetCultureInfo(culture)));

        var invariant = CultureSwitch.Run(CultureInfo.InvariantCulture, Outputs);
        var local = CultureSwitch.Run(CultureInfo.GetCultureInfo(culture), Outputs);

        foreach (var format in Formats)
        {
            Assert.True(invariant[format] == local[format], $"--format {format} differs under {culture}");
        }
    }

    /// <summary>Every sample evaluated on this thread (so the culture applies to messages too), written in every format.</summary>
    private static Dictionary<string, string> Outputs()
    {
        var options = new EvaluationOptions { Severities = ReportSamples.SeverityOverrides, Thresholds = ReportSamples.ThresholdOverrides, AsOf = new DateOnly(2026, 10, 15) };
        var loader = new DocumentLoader();
        var documents = new List<DocumentReport>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = "samples/organisations/" + Path.GetFileName(file);
            foreach (var document in loader.Load(File.ReadAllText(file), name))
            {
                documents.Add(Evaluator.Evaluate(document, options));
            }
        }

        var report = new Report { Documents = documents, Settings = new RunSettings { Packs = ["paris-call"], SeverityOverrides = options.Severities, ThresholdOverrides = options.Thresholds } };
        return Formats.ToDictionary(f => f, f =>
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            ReportFormatters.Create(f).Write(report, writer);
            return writer.ToString();
        });
    }
}
