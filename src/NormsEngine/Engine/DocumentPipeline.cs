using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Rules;

namespace NormsEngine.Engine;

/// <summary>
/// The pipeline one bound document goes through, a stage each, in DESIGN.md's order: the as-of date; evaluate (one
/// NRules session, <see cref="RuleSession"/>, giving rule outcomes); policy (<see cref="FindingPolicy"/>: effective
/// severity, fingerprints, suppressions, baseline); verdicts (<see cref="Verdicts"/>); and the document's report.
/// Reading and binding come before it (<see cref="DocumentLoader"/>); formatting after (<c>Reporting</c>).
/// Thread-safe: each call has its own session.
/// </summary>
internal sealed class DocumentPipeline
{
    private readonly Lazy<CompiledRules> _rules;
    private readonly IReadOnlyDictionary<string, decimal> _engineThresholds;
    private readonly TimeProvider _timeProvider;
    private Thresholds? _defaultThresholds;

    /// <summary>Creates the pipeline over compiled packs.</summary>
    /// <param name="rules">The packs, compiled on first use.</param>
    /// <param name="engineThresholds">The engine-wide threshold overrides (over the packs' defaults).</param>
    /// <param name="timeProvider">The clock: today, for documents without an as-of date and for suppression expiry.</param>
    public DocumentPipeline(Lazy<CompiledRules> rules, IReadOnlyDictionary<string, decimal> engineThresholds, TimeProvider timeProvider)
    {
        _rules = rules;
        _engineThresholds = engineThresholds;
        _timeProvider = timeProvider;
    }

    /// <summary>The compiled packs.</summary>
    public CompiledRules Rules => _rules.Value;

    /// <summary>Today, from the injected clock.</summary>
    /// <returns>Today's date (UTC).</returns>
    public DateOnly Today() => DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);

    /// <summary>Takes one document through every stage.</summary>
    /// <param name="document">The bound document.</param>
    /// <param name="options">The evaluation's options.</param>
    /// <param name="policy">The run's finding policy.</param>
    /// <returns>The document's report.</returns>
    public DocumentReport Evaluate(PracticesDocument document, EvaluationOptions options, FindingPolicy policy)
    {
        var rules = _rules.Value;
        var (asOf, source) = AsOf(document, options, policy.Today);
        var findings = policy.DocumentDiagnostics(document, FutureAssessment(document, asOf, source, policy.Today));
        var report = new DocumentReport
        {
            File = document.File,
            Index = document.Index,
            Name = document.Name,
            AsOf = asOf,
            AsOfSource = source,
            SourceText = options.IncludeSourceText ? document.SourceText : null,
        };

        // Whether the document is evaluated depends on the effective severities (NE0002, NE0003 and NE0007 may be
        // lowered, and the offending value is then not declared), never on suppressions or the baseline.
        var off = policy.TurnedOff(rules);
        if (document.Organisation is not { } organisation || findings.Exists(f => f.Severity == Severity.Error && EngineDiagnostics.StopsEvaluation(f.Descriptor)))
        {
            return report with
            {
                Evaluated = false,
                Findings = Sort(policy.Apply(document, findings)),
                Principles = Verdicts.NotEvaluated(rules, off),
            };
        }

        // Explaining records what each action reads; the default path creates no recorder and records nothing.
        var recorder = options.Explain ? new OutcomeRecorder() : null;
        var thresholds = ThresholdsFor(rules, options);
        var (outcomes, indexes) = RuleSession.Fire(rules, organisation, new RuleContext(asOf, thresholds, recorder));

        var passed = new List<PassedRule>(outcomes.Count);
        var verdicts = new Verdicts(rules);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            var severity = policy.SeverityOf(outcome.Descriptor);
            if (severity == Severity.None)
            {
                continue;
            }

            verdicts.Add(outcome, severity, indexes[i]);
            switch (outcome.Outcome)
            {
                case Outcome.Passed:
                    passed.Add(new PassedRule(outcome.Descriptor.Id, outcome.Descriptor.Principle, outcome.Path));
                    break;
                case Outcome.Failed:
                    findings.Add(FindingPolicy.Failed(document, outcome, severity));
                    break;
                case Outcome.InsufficientData when policy.InsufficientDataSeverity != Severity.None:
                    findings.Add(policy.InsufficientData(document, outcome));
                    break;
            }
        }

        findings = policy.Apply(document, findings);
        verdicts.Accept(findings);
        passed.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : string.CompareOrdinal(a.Path, b.Path);
        });

        return report with
        {
            Evaluated = true,
            Findings = Sort(findings),
            Passed = passed,
            Principles = verdicts.Results(off),
            Explanations = recorder is null
                ? []
                : new Explainer(rules, document, organisation, options, policy, _engineThresholds, thresholds, asOf, source).Explain(outcomes),
        };
    }

    /// <summary>
    /// The thresholds in force: pack defaults, then the engine's, then the caller's. Without caller overrides (the
    /// usual case) they are the same for every document, so they are merged once.
    /// </summary>
    private Thresholds ThresholdsFor(CompiledRules rules, EvaluationOptions options)
    {
        if (options.Thresholds.Count == 0 && _defaultThresholds is { } merged)
        {
            return merged;
        }

        var thresholds = new Dictionary<string, decimal>(rules.DefaultThresholds, StringComparer.Ordinal);
        foreach (var (name, value) in _engineThresholds)
        {
            thresholds[name] = value;
        }

        foreach (var (name, value) in options.Thresholds)
        {
            thresholds[name] = value;
        }

        var result = new Thresholds(thresholds);
        if (options.Thresholds.Count == 0)
        {
            _defaultThresholds = result;
        }

        return result;
    }

    /// <summary>The as-of date: the caller's, else the document's <c>metadata.assessedOn</c>, else today.</summary>
    private static (DateOnly AsOf, AsOfSource Source) AsOf(PracticesDocument document, EvaluationOptions options, DateOnly today) =>
        options.AsOf is { } explicitDate ? (explicitDate, AsOfSource.Caller)
        : document.Organisation?.Metadata.AssessedOn is { } assessed ? (assessed, AsOfSource.Document)
        : (today, AsOfSource.Clock);

    /// <summary>NE0009 when the document's assessment date is later than <paramref name="today"/>; otherwise <c>null</c>.</summary>
    private static Finding? FutureAssessment(PracticesDocument document, DateOnly asOf, AsOfSource source, DateOnly today)
    {
        if (document.Organisation?.Metadata.AssessedOn is not { } assessed || assessed <= today)
        {
            return null;
        }

        var days = assessed.DayNumber - today.DayNumber;
        var effect = source == AsOfSource.Document
            ? "age checks compare with this date"
            : string.Create(CultureInfo.InvariantCulture, $"age checks use the as-of date given instead ({asOf:yyyy-MM-dd})");
        return new Finding(
            EngineDiagnostics.AssessedInTheFuture,
            string.Create(CultureInfo.InvariantCulture, $"metadata.assessedOn is {assessed:yyyy-MM-dd}, {days} day{(days == 1 ? string.Empty : "s")} after today ({today:yyyy-MM-dd}); {effect}."),
            FindingPolicy.Locate(document, "metadata.assessedOn"));
    }

    private static List<Finding> Sort(List<Finding> findings)
    {
        findings.Sort(static (a, b) =>
        {
            var c = a.Location.Line.CompareTo(b.Location.Line);
            c = c != 0 ? c : a.Location.Column.CompareTo(b.Location.Column);
            c = c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
        });
        return findings;
    }
}
