using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// One thing an OSCAL result records about a document: a rule's outcome for one target (passed, failed or
/// insufficient data: an observation and a finding), or an engine diagnostic (an observation only: it is about the
/// input, not a control).
/// </summary>
/// <param name="Outcome">The outcome; <see cref="Outcome.NotApplicable"/> marks an engine diagnostic.</param>
/// <param name="RuleId">The rule the outcome is about (for NE0201, the rule that lacked data), or the diagnostic's ID.</param>
/// <param name="Path">The YAML path of the evidence.</param>
/// <param name="Target">Whom it is about: empty for the organisation, or a supplier's path.</param>
/// <param name="Key">A stable name for the outcome: the finding's fingerprint (rule, document, path), or the same three in clear for a passed rule.</param>
/// <param name="Finding">The finding behind it, or <c>null</c> for a passed rule.</param>
/// <param name="Principle">The rule's principle, or <c>null</c>.</param>
internal sealed partial record OscalOutcome(Outcome Outcome, string RuleId, string Path, string Target, string Key, Finding? Finding, string? Principle)
{
    private static readonly HashSet<string> EngineIds = [.. EngineDiagnostics.All.Select(d => d.Id)];

    /// <summary>Whether the outcome is a rule's, with a control in the catalog (not an engine diagnostic).</summary>
    public bool IsRuleOutcome => Outcome != Outcome.NotApplicable;

    /// <summary>A document's outcomes: its findings in document order, then the rules that passed.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The outcomes.</returns>
    public static List<OscalOutcome> Of(DocumentReport document)
    {
        var outcomes = new List<OscalOutcome>(document.Findings.Count + document.Passed.Count);
        foreach (var finding in document.Findings)
        {
            var path = finding.Location.Path;
            var key = finding.Fingerprint.Length > 0 ? finding.Fingerprint : $"{finding.RuleId}\n{OscalResult.DocumentKey(document)}\n{path}";
            var outcome = finding.Outcome switch
            {
                Outcome.InsufficientData when RuleOfInsufficientData(finding) is { } rule => new OscalOutcome(Outcome.InsufficientData, rule, path, TargetOf(path), key, finding, finding.Principle),
                Outcome.Failed when !EngineIds.Contains(finding.RuleId) => new OscalOutcome(Outcome.Failed, finding.RuleId, path, TargetOf(path), key, finding, finding.Principle),
                _ => new OscalOutcome(Outcome.NotApplicable, finding.RuleId, path, TargetOf(path), key, finding, finding.Principle),
            };
            outcomes.Add(outcome);
        }

        foreach (var passed in document.Passed)
        {
            // A passed rule has no finding, so no fingerprint: its name holds what a fingerprint hashes, and its kind.
            var key = $"passed\n{passed.RuleId}\n{OscalResult.DocumentKey(document)}\n{passed.Path}";
            outcomes.Add(new OscalOutcome(Outcome.Passed, passed.RuleId, passed.Path, TargetOf(passed.Path), key, null, passed.Principle));
        }

        return outcomes;
    }

    /// <summary>Whom a path is about, as the engine's explanations say it: a supplier's path, or empty for the organisation.</summary>
    /// <param name="path">A YAML path.</param>
    /// <returns>The target.</returns>
    public static string TargetOf(string path) => SupplierPath().Match(path) is { Success: true } match ? match.Groups["target"].Value : string.Empty;

    /// <summary>
    /// The rule an NE0201 finding is about: its message starts with the rule's ID (<c>PC0302 applies but these paths
    /// are not declared: ...</c>), as suppressions read it too; <c>null</c> when it does not.
    /// </summary>
    private static string? RuleOfInsufficientData(Finding finding)
    {
        var space = finding.Message.IndexOf(' ', StringComparison.Ordinal);
        var id = space > 0 ? finding.Message[..space] : string.Empty;
        return RuleDescriptor.IsValidId(id) ? id : null;
    }

    [GeneratedRegex(@"^(?<target>supplyChain\.suppliers\[\d{1,9}\])(?:\..+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SupplierPath();
}
