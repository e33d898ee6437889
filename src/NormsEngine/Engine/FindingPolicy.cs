using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Rules;

namespace NormsEngine.Engine;

/// <summary>
/// The policy stage of a run: what the configuration and the baseline make of rule outcomes and document
/// diagnostics. Per document: each finding's effective severity (off findings dropped), its fingerprint,
/// suppressions (in-document comments and the configuration's) and baseline state. Per run: the configuration
/// suppressions' own findings (NE0303 no justification and NE0301 expired, known at the start; NE0302 matched
/// nothing, known at the end) and the baseline summary (new, unchanged, absent). One policy serves one run;
/// documents may be evaluated on any thread and observed in any order.
/// </summary>
internal sealed class FindingPolicy
{
    private readonly SeverityResolver _severities;
    private readonly SuppressionPolicy _suppressions;
    private readonly Baseline? _baseline;
    private readonly IReadOnlyList<SuppressionRule> _rules;
    private readonly Finding?[] _problems;
    private readonly bool[] _used;
    private readonly HashSet<string> _seenAccepted = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _unused;
    private HashSet<string>? _turnedOff;
    private int _new;
    private int _unchanged;

    /// <summary>Starts the policy of a run.</summary>
    /// <param name="options">The run's severities, configuration suppressions and baseline.</param>
    /// <param name="today">The date suppressions expire against: the evaluator's clock.</param>
    public FindingPolicy(EvaluationOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(options);
        Today = today;
        _severities = new SeverityResolver(options.Severities);
        _suppressions = new SuppressionPolicy(options.Suppressions, today);
        _baseline = options.Baseline;
        _rules = options.Suppressions;
        _problems = new Finding?[_rules.Count];
        _used = new bool[_rules.Count];
        for (var i = 0; i < _rules.Count; i++)
        {
            _problems[i] = SuppressionPolicy.Problem(_rules[i], today);
            _unused += _problems[i] is null ? 1 : 0;
        }

        InsufficientDataSeverity = _severities.Resolve(EngineDiagnostics.InsufficientData);
    }

    /// <summary>Today, from the evaluator's clock: suppressions expire against it.</summary>
    public DateOnly Today { get; }

    /// <summary>The effective severity of NE0201 (insufficient data).</summary>
    public Severity InsufficientDataSeverity { get; }

    /// <summary>
    /// The principles the configuration turned off: each has rules, the configuration leaves none of them on
    /// (<c>principles: { P7: none }</c>, or <c>rules: { PC07*: none }</c>), and at least one would be on by default.
    /// A principle whose rule is turned back on by its own override (<c>PC0702: error</c>) is assessed on that rule.
    /// The same for every document of the run, so worked out once.
    /// </summary>
    /// <param name="rules">The compiled packs.</param>
    /// <returns>The principle IDs.</returns>
    public IReadOnlySet<string> TurnedOff(CompiledRules rules) =>
        LazyInitializer.EnsureInitialized(ref _turnedOff, () =>
            rules.DescriptorsByPrinciple
                .Where(p => p.Value.Count > 0
                    && p.Value.All(d => _severities.Resolve(d) == Severity.None)
                    && p.Value.Any(d => d.IsEnabledByDefault && d.DefaultSeverity != Severity.None))
                .Select(p => p.Key)
                .ToHashSet(StringComparer.Ordinal));

    /// <summary>A rule's effective severity: configuration over its default; <see cref="Severity.None"/> turns it off.</summary>
    /// <param name="descriptor">The rule.</param>
    /// <returns>The severity.</returns>
    public Severity SeverityOf(RuleDescriptor descriptor) => _severities.Resolve(descriptor);

    /// <summary>
    /// A document's own diagnostics (NE0001 to NE0007, NE0009) at their effective severity and with their
    /// fingerprints; the ones turned off are left out.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="extra">A diagnostic found after loading (NE0009), or <c>null</c>.</param>
    /// <returns>The findings, in a list the caller may add to.</returns>
    public List<Finding> DocumentDiagnostics(PracticesDocument document, Finding? extra)
    {
        var findings = new List<Finding>(document.Findings.Count + 8);
        foreach (var finding in extra is null ? document.Findings : document.Findings.Append(extra))
        {
            var severity = _severities.Resolve(finding.Descriptor);
            if (severity != Severity.None)
            {
                findings.Add(finding with
                {
                    Severity = severity,
                    Fingerprint = Fingerprints.Compute(finding.RuleId, document.File, document.Index, finding.Location.Path),
                });
            }
        }

        return findings;
    }

    /// <summary>The finding of a failed rule outcome, at its effective severity.</summary>
    /// <param name="document">The document.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="severity">The rule's effective severity (not <see cref="Severity.None"/>).</param>
    /// <returns>The finding.</returns>
    public static Finding Failed(PracticesDocument document, RuleOutcome outcome, Severity severity) =>
        new(outcome.Descriptor, outcome.Message, Locate(document, outcome.Path))
        {
            Severity = severity,
            Fingerprint = Fingerprints.Compute(outcome.Descriptor.Id, document.File, document.Index, outcome.Path),
        };

    /// <summary>The NE0201 finding of an insufficient-data outcome, at NE0201's effective severity.</summary>
    /// <param name="document">The document.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The finding.</returns>
    public Finding InsufficientData(PracticesDocument document, RuleOutcome outcome)
    {
        var insufficient = EngineDiagnostics.InsufficientData;
        return new Finding(
            insufficient,
            insufficient.FormatMessage(outcome.Descriptor.Id, string.Join(", ", outcome.MissingPaths)),
            Locate(document, outcome.Path),
            Outcome.InsufficientData)
        {
            Severity = InsufficientDataSeverity,
            Principle = outcome.Descriptor.Principle,
            Fingerprint = Fingerprints.Compute(insufficient.Id + ":" + outcome.Descriptor.Id, document.File, document.Index, outcome.Path),
            MissingPaths = outcome.MissingPaths,
        };
    }

    /// <summary>Marks the findings suppressed (in-document comments, then the configuration) and, with a baseline, new or unchanged.</summary>
    /// <param name="document">The document, for its comments.</param>
    /// <param name="findings">Its findings.</param>
    /// <returns>The findings with their suppression and baseline state, plus NE0302/NE0303 for the document's own comments.</returns>
    public List<Finding> Apply(PracticesDocument document, List<Finding> findings)
    {
        var applied = _suppressions.Apply(document, findings, _baseline);
        return applied.Count == findings.Count ? applied : Configured(applied);
    }

    /// <summary>Takes a document's report into account for the run-level findings and the baseline summary.</summary>
    /// <param name="report">The report.</param>
    public void Observe(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_unused == 0 && _baseline is null)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var finding in report.Findings)
            {
                if (_unused > 0 && finding.Suppression is { Kind: SuppressionKind.External })
                {
                    MarkUsed(finding);
                }

                if (_baseline is null)
                {
                    continue;
                }

                _new += finding.BaselineState == BaselineState.New ? 1 : 0;
                _unchanged += finding.BaselineState == BaselineState.Unchanged ? 1 : 0;
                if (_baseline.Fingerprints.Contains(finding.Fingerprint))
                {
                    _seenAccepted.Add(finding.Fingerprint);
                }
            }
        }
    }

    /// <summary>The configuration suppressions' findings, in the configuration's order: NE0301, NE0302 and NE0303.</summary>
    /// <returns>The run findings.</returns>
    public IReadOnlyList<Finding> RunFindings()
    {
        lock (_gate)
        {
            var findings = new List<Finding>();
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (_problems[i] is { } problem)
                {
                    findings.Add(problem);
                }
                else if (!_used[i])
                {
                    findings.Add(new Finding(
                        EngineDiagnostics.SuppressionUnused,
                        $"The suppression of {MessageText.Line(rule.Rule)}{(rule.Path is null ? string.Empty : " at " + MessageText.Line(rule.Path))}{(rule.Document is null ? string.Empty : " in " + MessageText.Line(rule.Document))} matched no finding; remove it.",
                        rule.Location ?? new SourceLocation(null, "suppressions", 0, 0, 0, 0)));
                }
            }

            return Configured(findings);
        }
    }

    /// <summary>The baseline summary, or <c>null</c> when the run has no baseline.</summary>
    /// <returns>The summary.</returns>
    public BaselineSummary? BaselineSummary()
    {
        lock (_gate)
        {
            return _baseline is { } accepted
                ? new BaselineSummary(accepted.File ?? string.Empty, _new, _unchanged, accepted.Fingerprints.Count - _seenAccepted.Count)
                : null;
        }
    }

    /// <summary>Where a finding about <paramref name="path"/> points: the value, else its nearest declared parent.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">A YAML path.</param>
    /// <returns>The location, with the path asked for.</returns>
    public static SourceLocation Locate(PracticesDocument document, string path) =>
        document.SourceMap.Find(path) ?? document.SourceMap.FindNearest(path) with { Path = path };

    /// <summary>
    /// The suppressions' own findings (NE0301, NE0302, NE0303) at their configured severity, the ones turned off
    /// left out: they are made where suppressions are read, which knows no configuration of severities.
    /// </summary>
    private List<Finding> Configured(List<Finding> findings)
    {
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (!IsSuppressionDiagnostic(finding.Descriptor))
            {
                result.Add(finding);
            }
            else if (_severities.Resolve(finding.Descriptor) is var severity && severity != Severity.None)
            {
                result.Add(finding.Severity == severity ? finding : finding with { Severity = severity });
            }
        }

        return result;
    }

    private static bool IsSuppressionDiagnostic(RuleDescriptor descriptor) =>
        descriptor == EngineDiagnostics.SuppressionExpired
        || descriptor == EngineDiagnostics.SuppressionUnused
        || descriptor == EngineDiagnostics.SuppressionUnjustified;

    private void MarkUsed(Finding finding)
    {
        for (var i = 0; i < _rules.Count; i++)
        {
            if (!_used[i] && _problems[i] is null && SuppressionPolicy.IsFrom(finding, _rules[i]))
            {
                _used[i] = true;
                _unused--;
            }
        }
    }
}
