using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.ParisCall;

namespace NormsEngine.TestSupport;

/// <summary>
/// Reports the format tests share: bundled samples evaluated through the engine's API with a configuration's
/// severities and thresholds, files named relative to the repository root (so outputs hold no machine path),
/// and one finding suppressed, one baselined and one stale-suppression run finding, made by hand so that every
/// format shows those states whatever the engine does with them.
/// </summary>
public static class ReportSamples
{
    public const string Hospital = "samples/organisations/hospital.yaml";
    public const string SoftwareVendor = "samples/organisations/software-vendor.yaml";
    public const string ConfigurationFile = "samples/organisations/norms.config.yaml";

    public static readonly IReadOnlyDictionary<string, Severity> SeverityOverrides = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["PC0902"] = Severity.Info,
        ["PC07*"] = Severity.Error,
        ["P5"] = Severity.None,
    };

    public static readonly IReadOnlyDictionary<string, decimal> ThresholdOverrides = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["criticalPatchSlaDays"] = 7,
    };

    private static readonly Lazy<NormsEvaluator> LazyEvaluator = new(() => new NormsEvaluator([new ParisCallPack()]));

    /// <summary>The evaluator of the Paris Call pack the samples are evaluated with.</summary>
    public static NormsEvaluator Evaluator => LazyEvaluator.Value;

    /// <summary>The short names the tests use for the samples.</summary>
    public static TheoryData<string> Names() => new() { "hospital", "software-vendor" };

    public static string File(string name) => name switch
    {
        "hospital" => Hospital,
        "software-vendor" => SoftwareVendor,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample."),
    };

    /// <summary>The sample evaluated, with its first finding suppressed in source and its last one baselined.</summary>
    public static Report Decorated(string name) => Decorate(Evaluate(File(name)));

    /// <summary>Both samples in one run, with the suppression and the baseline.</summary>
    public static Report Both()
    {
        var hospital = Decorate(Evaluate(Hospital));
        var vendor = Evaluate(SoftwareVendor);
        return hospital with { Documents = [.. hospital.Documents, .. vendor.Documents] };
    }

    /// <summary>The sample as the engine reports it, with the run's settings.</summary>
    public static Report Evaluate(string file)
    {
        var options = new EvaluationOptions { Severities = SeverityOverrides, Thresholds = ThresholdOverrides };
        var yaml = System.IO.File.ReadAllText(RepositoryPaths.Combine(file));
        var report = LazyEvaluator.Value.EvaluateYaml(yaml, file, options);
        return report with
        {
            Settings = new RunSettings
            {
                ConfigurationFile = ConfigurationFile,
                FailOn = Severity.Warning,
                Packs = [ParisCallPack.PackId],
                SeverityOverrides = SeverityOverrides,
                ThresholdOverrides = ThresholdOverrides,
            },

            // Pinned so that a version bump does not rewrite every snapshot.
            ToolVersion = "0.1.0-snapshot",
        };
    }

    private static Report Decorate(Report report)
    {
        var document = report.Documents[0];
        var findings = document.Findings.ToList();
        Assert.True(findings.Count >= 2, "The sample needs two findings to suppress one and baseline another.");
        var first = findings[0];
        var suppression = new Suppression(
            SuppressionKind.InSource,
            "Accepted by the CISO until the next assessment",
            Owner: "ciso@example.org",
            Expires: new DateOnly(2027, 3, 31),
            Source: first.Location with { Line = Math.Max(1, first.Location.Line - 1), Column = 1, EndLine = Math.Max(1, first.Location.Line - 1), EndColumn = 1 });
        findings = [.. findings.Select((f, i) => i == 0
            ? f with { Suppression = suppression, BaselineState = BaselineState.New }
            : f with { BaselineState = i == findings.Count - 1 ? BaselineState.Unchanged : BaselineState.New })];
        var stale = new Finding(
            EngineDiagnostics.SuppressionUnused,
            "The suppression of PC0603 at lifecycle.sbom.produced matched no finding; remove it",
            new SourceLocation(ConfigurationFile, "suppressions[1]", 14, 5, 14, 16))
        {
            Fingerprint = "0123456789abcdef0123456789abcdef",
        };
        return report with
        {
            Documents = [document with { Findings = findings }, .. report.Documents.Skip(1)],
            RunFindings = [stale],
            Baseline = new BaselineSummary("norms.baseline.json", findings.Count - 1, 1, 2),
        };
    }
}
