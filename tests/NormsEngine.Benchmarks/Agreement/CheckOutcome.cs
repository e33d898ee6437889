using NormsEngine.Diagnostics;

namespace NormsEngine.Benchmarks.Agreement;

/// <summary>How one check ended for one target: the common currency of the engine, the floor and the peer.</summary>
internal enum CheckStatus
{
    /// <summary>The check applied and held.</summary>
    Passed,

    /// <summary>The check applied and failed.</summary>
    Failed,

    /// <summary>The check applied but a value it reads is not declared.</summary>
    InsufficientData,
}

/// <summary>One rule's outcome for one target (the organisation or a supplier), at the YAML path the engine reports.</summary>
/// <param name="RuleId">The rule, for example <c>PC0702</c>.</param>
/// <param name="Status">How the check ended.</param>
/// <param name="Path">The YAML path of the value that decided it, for example <c>hygiene.mfa.adminPct</c>.</param>
internal readonly record struct CheckOutcome(string RuleId, CheckStatus Status, string Path) : IComparable<CheckOutcome>
{
    /// <inheritdoc/>
    public int CompareTo(CheckOutcome other)
    {
        var c = string.CompareOrdinal(RuleId, other.RuleId);
        c = c != 0 ? c : string.CompareOrdinal(Path, other.Path);
        return c != 0 ? c : Status.CompareTo(other.Status);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{RuleId} {Status} at {Path}";

    /// <summary>The engine's outcomes in a document report: its passes, failures and insufficient-data findings (NE0201), sorted.</summary>
    /// <param name="report">An evaluated document's report.</param>
    /// <returns>The outcomes, sorted by rule, path and status.</returns>
    public static List<CheckOutcome> FromEngine(DocumentReport report)
    {
        var outcomes = new List<CheckOutcome>(report.Passed.Count + report.Findings.Count);
        foreach (var passed in report.Passed)
        {
            outcomes.Add(new CheckOutcome(passed.RuleId, CheckStatus.Passed, passed.Path));
        }

        foreach (var finding in report.Findings)
        {
            switch (finding.Outcome)
            {
                case Outcome.Failed when finding.RuleId.StartsWith("PC", StringComparison.Ordinal):
                    outcomes.Add(new CheckOutcome(finding.RuleId, CheckStatus.Failed, finding.Location.Path));
                    break;
                case Outcome.InsufficientData:
                    // NE0201's message starts with the rule it is about: "PC0702 applies but these paths are not declared: ...".
                    var rule = finding.Message[..finding.Message.IndexOf(' ', StringComparison.Ordinal)];
                    outcomes.Add(new CheckOutcome(rule, CheckStatus.InsufficientData, finding.Location.Path));
                    break;
            }
        }

        outcomes.Sort();
        return outcomes;
    }
}
