using NormsEngine.Configuration;
using NormsEngine.Diagnostics;

namespace NormsEngine.Engine;

/// <summary>
/// The run-level results of <see cref="NormsEvaluator.EvaluateAll(IReadOnlyList{Documents.PracticesDocument}, EvaluationOptions?, IProgress{int}?)"/>,
/// computed as documents are evaluated one by one, so that a run over many documents keeps none of them: each
/// configuration suppression's NE0303 (no justification) and NE0301 (expired), known up front; NE0302 (matched no
/// finding), known at the end from which suppressions were used; and the baseline summary (new and unchanged
/// findings, and accepted fingerprints never seen). Memory is bounded by the configuration and the baseline, not by
/// the number of documents. Not thread-safe: add reports from one thread, in any order.
/// </summary>
internal sealed class RunAccumulator
{
    private readonly IReadOnlyList<SuppressionRule> _suppressions;
    private readonly Finding?[] _problems;
    private readonly bool[] _used;
    private readonly Baseline? _baseline;
    private readonly HashSet<string> _seenAccepted = new(StringComparer.Ordinal);
    private int _unused;
    private int _new;
    private int _unchanged;

    /// <summary>Starts a run.</summary>
    /// <param name="options">The run's options: its configuration suppressions and baseline.</param>
    /// <param name="today">The date suppressions expire against: the evaluator's clock.</param>
    public RunAccumulator(EvaluationOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(options);
        _suppressions = options.Suppressions;
        _baseline = options.Baseline;
        _problems = new Finding?[_suppressions.Count];
        _used = new bool[_suppressions.Count];
        for (var i = 0; i < _suppressions.Count; i++)
        {
            _problems[i] = SuppressionPolicy.Problem(_suppressions[i], today);
            if (_problems[i] is null)
            {
                _unused++;
            }
        }
    }

    /// <summary>The documents added.</summary>
    public int Documents { get; private set; }

    /// <summary>Takes a document's report into account.</summary>
    /// <param name="report">The report.</param>
    public void Add(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Documents++;
        foreach (var finding in report.Findings)
        {
            if (_unused > 0 && finding.Suppression is { Kind: SuppressionKind.External })
            {
                MarkUsed(finding);
            }

            if (_baseline is not null)
            {
                if (finding.BaselineState == BaselineState.New)
                {
                    _new++;
                }
                else if (finding.BaselineState == BaselineState.Unchanged)
                {
                    _unchanged++;
                }

                if (_baseline.Fingerprints.Contains(finding.Fingerprint))
                {
                    _seenAccepted.Add(finding.Fingerprint);
                }
            }
        }
    }

    /// <summary>The run findings, in the order of the configuration's suppressions, as <c>EvaluateAll</c> gives them.</summary>
    /// <returns>NE0301, NE0302 and NE0303 findings.</returns>
    public IReadOnlyList<Finding> RunFindings()
    {
        var findings = new List<Finding>();
        for (var i = 0; i < _suppressions.Count; i++)
        {
            var rule = _suppressions[i];
            if (_problems[i] is { } problem)
            {
                findings.Add(problem);
            }
            else if (!_used[i])
            {
                findings.Add(new Finding(
                    EngineDiagnostics.SuppressionUnused,
                    $"The suppression of {rule.Rule}{(rule.Path is null ? string.Empty : " at " + rule.Path)}{(rule.Document is null ? string.Empty : " in " + rule.Document)} matched no finding; remove it.",
                    rule.Location ?? new SourceLocation(null, "suppressions", 0, 0, 0, 0)));
            }
        }

        return findings;
    }

    /// <summary>The baseline summary, or <c>null</c> when the run has no baseline.</summary>
    public BaselineSummary? BaselineSummary() =>
        _baseline is { } accepted
            ? new BaselineSummary(accepted.File ?? string.Empty, _new, _unchanged, accepted.Fingerprints.Count - _seenAccepted.Count)
            : null;

    private void MarkUsed(Finding finding)
    {
        for (var i = 0; i < _suppressions.Count; i++)
        {
            if (!_used[i] && _problems[i] is null && SuppressionPolicy.IsFrom(finding, _suppressions[i]))
            {
                _used[i] = true;
                _unused--;
            }
        }
    }
}
