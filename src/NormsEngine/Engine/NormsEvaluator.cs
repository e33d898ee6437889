using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Packs;

namespace NormsEngine.Engine;

/// <summary>
/// The evaluator: compiles the packs once into an NRules session factory and evaluates each document in its own
/// session. Thread-safe. Usually obtained from dependency injection (<c>services.AddNormsEngine(...)</c>).
/// </summary>
public sealed class NormsEvaluator : INormsEvaluator
{
    private readonly Lazy<CompiledRules> _rules;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an evaluator over the given packs. Rules compile on first use.</summary>
    /// <param name="packs">The rule packs.</param>
    /// <param name="timeProvider">The clock for the as-of date when neither caller nor document gives one.</param>
    public NormsEvaluator(IEnumerable<IRulePack> packs, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var list = packs.ToArray();
        _rules = new Lazy<CompiledRules>(() => new CompiledRules(list), LazyThreadSafetyMode.ExecutionAndPublication);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public IReadOnlyList<RuleDescriptor> Descriptors => _rules.Value.Descriptors;

    /// <inheritdoc/>
    public IReadOnlyList<Principle> Principles => _rules.Value.Principles;

    /// <summary>How long compiling the packs took (compiles them if not done yet).</summary>
    public TimeSpan CompileTime => _rules.Value.CompileTime;

    /// <summary>Compiles the packs now rather than on first use.</summary>
    public void Compile() => _ = _rules.Value;

    /// <inheritdoc/>
    public Report Evaluate(string yaml, string? file = null, EvaluationOptions? options = null)
    {
        options ??= EvaluationOptions.Default;
        return EvaluateAll(new DocumentLoader(options.Limits).Load(yaml, file), options);
    }

    /// <inheritdoc/>
    public Report EvaluateFile(string path, EvaluationOptions? options = null)
    {
        options ??= EvaluationOptions.Default;
        return EvaluateAll(new DocumentLoader(options.Limits).LoadFile(path), options);
    }

    /// <inheritdoc/>
    public DocumentReport Evaluate(PracticesDocument document, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= EvaluationOptions.Default;
        var rules = _rules.Value;
        var severities = new SeverityResolver(options.Severities);
        var (asOf, source) = AsOf(document, options);
        var findings = new List<Finding>();
        foreach (var finding in document.Findings)
        {
            var severity = severities.Resolve(finding.Descriptor);
            if (severity != Severity.None)
            {
                findings.Add(finding with
                {
                    Severity = severity,
                    Fingerprint = Fingerprints.Compute(finding.RuleId, document.File, document.Index, finding.Location.Path),
                });
            }
        }

        var policy = new SuppressionPolicy(options.Suppressions, Today());
        if (document.HasErrors || document.Organisation is not { } organisation)
        {
            findings = policy.Apply(document, findings, options.Baseline);
            return new DocumentReport
            {
                File = document.File,
                Index = document.Index,
                Name = document.Name,
                AsOf = asOf,
                AsOfSource = source,
                Evaluated = false,
                Findings = Sort(findings),
                Principles = [.. rules.Principles.Select(Verdicts.Undetermined)],
            };
        }

        var thresholds = new Dictionary<string, decimal>(rules.DefaultThresholds, StringComparer.Ordinal);
        foreach (var (name, value) in options.Thresholds)
        {
            thresholds[name] = value;
        }

        var context = new RuleContext(asOf, new Thresholds(thresholds));
        var session = rules.SessionFactory.CreateSession();
        session.Insert(context);
        session.Insert(organisation);
        if (organisation.SupplyChain.Suppliers is { Count: > 0 } suppliers)
        {
            session.InsertAll(suppliers);
        }

        session.Fire();

        var passed = new List<PassedRule>();
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var insufficientSeverity = severities.Resolve(EngineDiagnostics.InsufficientData);
        foreach (var outcome in context.Outcomes)
        {
            var descriptor = outcome.Descriptor;
            var severity = severities.Resolve(descriptor);
            if (severity == Severity.None)
            {
                continue;
            }

            applied.Add(descriptor.Id);
            switch (outcome.Outcome)
            {
                case Outcome.Passed:
                    passed.Add(new PassedRule(descriptor.Id, descriptor.Principle, outcome.Path));
                    break;
                case Outcome.Failed:
                    findings.Add(new Finding(descriptor, outcome.Message, Locate(document, outcome.Path))
                    {
                        Severity = severity,
                        Fingerprint = Fingerprints.Compute(descriptor.Id, document.File, document.Index, outcome.Path),
                    });
                    break;
                case Outcome.InsufficientData when insufficientSeverity != Severity.None:
                    var insufficient = EngineDiagnostics.InsufficientData;
                    findings.Add(new Finding(
                        insufficient,
                        insufficient.FormatMessage(descriptor.Id, string.Join(", ", outcome.MissingPaths)),
                        Locate(document, outcome.Path),
                        Outcome.InsufficientData)
                    {
                        Severity = insufficientSeverity,
                        Principle = descriptor.Principle,
                        Fingerprint = Fingerprints.Compute(insufficient.Id + ":" + descriptor.Id, document.File, document.Index, outcome.Path),
                    });
                    break;
            }
        }

        findings = policy.Apply(document, findings, options.Baseline);
        var principles = new List<PrincipleResult>(rules.Principles.Count);
        foreach (var principle in rules.Principles)
        {
            var own = rules.DescriptorsByPrinciple[principle.Id];
            var notApplicable = own.Count(d => !applied.Contains(d.Id));
            principles.Add(Verdicts.Decide(
                principle,
                [.. findings.Where(f => f.Principle == principle.Id)],
                passed.Count(p => p.Principle == principle.Id),
                notApplicable));
        }

        return new DocumentReport
        {
            File = document.File,
            Index = document.Index,
            Name = document.Name,
            AsOf = asOf,
            AsOfSource = source,
            Evaluated = true,
            Findings = Sort(findings),
            Passed = [.. passed.OrderBy(p => p.RuleId, StringComparer.Ordinal).ThenBy(p => p.Path, StringComparer.Ordinal)],
            Principles = principles,
        };
    }

    /// <inheritdoc/>
    public Report EvaluateAll(IReadOnlyList<PracticesDocument> documents, EvaluationOptions? options = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= EvaluationOptions.Default;
        _ = _rules.Value;
        var reports = new DocumentReport[documents.Count];
        var done = 0;
        Parallel.For(0, documents.Count, i =>
        {
            reports[i] = Evaluate(documents[i], options);
            progress?.Report(Interlocked.Increment(ref done));
        });

        // Configuration suppressions are judged over the whole run: unjustified, expired, or matching nothing.
        var today = Today();
        var runFindings = new List<Finding>();
        foreach (var rule in options.Suppressions)
        {
            if (SuppressionPolicy.Problem(rule, today) is { } problem)
            {
                runFindings.Add(problem);
            }
            else if (!reports.Any(r => r.Findings.Any(f => SuppressionPolicy.IsFrom(f, rule))))
            {
                runFindings.Add(new Finding(
                    EngineDiagnostics.SuppressionUnused,
                    $"The suppression of {rule.Rule}{(rule.Path is null ? string.Empty : " at " + rule.Path)}{(rule.Document is null ? string.Empty : " in " + rule.Document)} matched no finding; remove it.",
                    rule.Location ?? new SourceLocation(null, "suppressions", 0, 0, 0, 0)));
            }
        }

        BaselineSummary? baseline = null;
        if (options.Baseline is { } accepted)
        {
            var findings = reports.SelectMany(r => r.Findings).ToList();
            var seen = new HashSet<string>(findings.Select(f => f.Fingerprint), StringComparer.Ordinal);
            baseline = new BaselineSummary(
                accepted.File ?? string.Empty,
                findings.Count(f => f.BaselineState == BaselineState.New),
                findings.Count(f => f.BaselineState == BaselineState.Unchanged),
                accepted.Fingerprints.Count(f => !seen.Contains(f)));
        }

        return new Report
        {
            Documents = reports,
            RunFindings = runFindings,
            Baseline = baseline,
            Settings = new RunSettings
            {
                Packs = [.. _rules.Value.Packs.Select(p => p.Id)],
                SeverityOverrides = options.Severities,
                ThresholdOverrides = options.Thresholds,
            },
        };
    }

    private DateOnly Today() => DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);

    private (DateOnly AsOf, AsOfSource Source) AsOf(PracticesDocument document, EvaluationOptions options)
    {
        if (options.AsOf is { } explicitDate)
        {
            return (explicitDate, AsOfSource.Caller);
        }

        if (document.Organisation?.Metadata.AssessedOn is { } assessed)
        {
            return (assessed, AsOfSource.Document);
        }

        return (Today(), AsOfSource.Clock);
    }

    private static SourceLocation Locate(PracticesDocument document, string path) =>
        document.SourceMap.Find(path) ?? document.SourceMap.FindNearest(path) with { Path = path };

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
