using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Packs;
using NormsEngine.Rules;

namespace NormsEngine.Engine;

/// <summary>
/// The evaluator: compiles the packs once into an NRules session factory and evaluates each document in its own
/// session. Thread-safe. Usually obtained from dependency injection (<c>services.AddNormsEngine(...)</c>).
/// </summary>
public sealed class NormsEvaluator : INormsEvaluator
{
    private readonly Lazy<CompiledRules> _rules;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ReaderLimits _limits;
    private readonly Dictionary<string, decimal> _thresholds;
    private readonly int _maxDegreeOfParallelism;
    private EvaluationOptions? _defaultOptions;
    private Thresholds? _defaultThresholds;

    /// <summary>Creates an evaluator over the given packs. Rules compile on first use unless <see cref="NormsEngineOptions.CompileOnStartup"/> is set.</summary>
    /// <param name="packs">The rule packs.</param>
    /// <param name="timeProvider">The clock for the as-of date when neither caller nor document gives one.</param>
    /// <param name="logger">Receives the compilation (Information) and each evaluation (Debug); <c>null</c> for none.</param>
    /// <param name="options">Engine-wide defaults, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; the message names each problem.</exception>
    public NormsEvaluator(IEnumerable<IRulePack> packs, TimeProvider? timeProvider = null, ILogger<NormsEvaluator>? logger = null, NormsEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var list = packs.ToArray();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        options ??= new NormsEngineOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _limits = options.Limits();
        _thresholds = new Dictionary<string, decimal>(options.Thresholds, StringComparer.Ordinal);
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        _rules = new Lazy<CompiledRules>(CompileAndLog, LazyThreadSafetyMode.ExecutionAndPublication);
        if (options.CompileOnStartup)
        {
            Compile();
        }

        CompiledRules CompileAndLog() => new(list, (rules, time) =>
            EngineLog.Compiled(_logger, rules.Packs.Count, string.Join(", ", rules.Packs.Select(p => p.Id + " " + p.Version)), rules.Descriptors.Count, time));
    }

    /// <inheritdoc/>
    public IReadOnlyList<RuleDescriptor> Descriptors => _rules.Value.Descriptors;

    /// <inheritdoc/>
    public IReadOnlyList<Principle> Principles => _rules.Value.Principles;

    /// <summary>How long compiling the packs took (compiles them if not done yet).</summary>
    public TimeSpan CompileTime => _rules.Value.CompileTime;

    /// <summary>Compiles the packs now rather than on first use (once: later calls do nothing).</summary>
    /// <exception cref="RulePackException">The packs do not compile together (for example a duplicate rule ID).</exception>
    public void Compile() => _ = _rules.Value.SessionFactory;

    /// <inheritdoc/>
    public Report EvaluateYaml(string yaml, string? file = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options = Effective(options);
        var documents = new DocumentLoader(options.Limits).Load(yaml, file);
        return EvaluateAll(FilePathHint.Apply(yaml, documents, nameof(EvaluateFile)), options);
    }

    /// <inheritdoc/>
    public Report EvaluateFile(string path, EvaluationOptions? options = null)
    {
        options = Effective(options);
        return EvaluateAll(new DocumentLoader(options.Limits).LoadFile(path), options);
    }

    /// <inheritdoc/>
    public async Task<Report> EvaluateAsync(Stream yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options = Effective(options);
        var documents = await new DocumentLoader(options.Limits).LoadAsync(yaml, file, cancellationToken).ConfigureAwait(false);
        return EvaluateAll(documents, options, null, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Report> EvaluateAsync(TextReader yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options = Effective(options);
        var documents = await new DocumentLoader(options.Limits).LoadAsync(yaml, file, cancellationToken).ConfigureAwait(false);
        return EvaluateAll(documents, options, null, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Report> EvaluateYamlAsync(string yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<Report>(cancellationToken);
        }

        try
        {
            options = Effective(options);
            var documents = new DocumentLoader(options.Limits).Load(yaml, file, cancellationToken);
            documents = FilePathHint.Apply(yaml, documents, nameof(EvaluateFileAsync));
            return Task.FromResult(EvaluateAll(documents, options, null, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<Report>(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<Report> EvaluateFileAsync(string path, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options = Effective(options);
        var documents = await new DocumentLoader(options.Limits).LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return EvaluateAll(documents, options, null, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<DocumentReport> EvaluateManyAsync(IEnumerable<string> files, EvaluationOptions? options = null, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be -1 (the engine's default) or positive.");
        }

        var parallelism = maxDegreeOfParallelism != -1 ? maxDegreeOfParallelism
            : _maxDegreeOfParallelism != -1 ? _maxDegreeOfParallelism
            : Environment.ProcessorCount;
        return EvaluateMany(files, Effective(options), parallelism, cancellationToken);
    }

    /// <summary>
    /// A sliding window over the files: at most <paramref name="parallelism"/> are in flight, and the oldest is
    /// awaited and yielded before another starts, so results keep input order and memory stays bounded.
    /// </summary>
    private async IAsyncEnumerable<DocumentReport> EvaluateMany(IEnumerable<string> files, EvaluationOptions options, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var loader = new DocumentLoader(options.Limits);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<DocumentReport[]>>(parallelism);
        using var inputs = files.GetEnumerator();
        try
        {
            while (true)
            {
                while (pending.Count < parallelism)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!inputs.MoveNext())
                    {
                        break;
                    }

                    var path = inputs.Current;
                    pending.Enqueue(Task.Run(() => EvaluateFileAsync(loader, path, options, stop.Token), stop.Token));
                }

                if (pending.Count == 0)
                {
                    yield break;
                }

                foreach (var report in await pending.Dequeue().ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return report;
                }
            }
        }
        finally
        {
            // Stopped early (cancelled, failed or abandoned by the consumer): stop the files still in flight and wait
            // for them, so that no work outlives the enumeration.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(pending).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Their results and failures are no longer wanted.
            }
        }
    }

    private async Task<DocumentReport[]> EvaluateFileAsync(DocumentLoader loader, string path, EvaluationOptions options, CancellationToken cancellationToken)
    {
        var documents = await loader.LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        var reports = new DocumentReport[documents.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports[i] = Evaluate(documents[i], options);
        }

        return reports;
    }

    /// <summary>The caller's options with the engine's reader limits when they give none.</summary>
    private EvaluationOptions Effective(EvaluationOptions? options) =>
        options is null ? (_defaultOptions ??= new EvaluationOptions { Limits = _limits })
        : options.Limits is null ? options with { Limits = _limits }
        : options;

    /// <inheritdoc/>
    public DocumentReport Evaluate(PracticesDocument document, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= EvaluationOptions.Default;
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            return EvaluateDocument(document, options);
        }

        var started = Stopwatch.GetTimestamp();
        var report = EvaluateDocument(document, options);
        EngineLog.Evaluated(_logger, document.File, document.Index, report.Findings.Count, Stopwatch.GetElapsedTime(started));
        return report;
    }

    private DocumentReport EvaluateDocument(PracticesDocument document, EvaluationOptions options)
    {
        var rules = _rules.Value;
        var severities = new SeverityResolver(options.Severities);
        var (asOf, source) = AsOf(document, options);
        var today = Today();
        var findings = new List<Finding>();
        foreach (var finding in FutureAssessment(document, asOf, source, today) is { } future ? document.Findings.Append(future) : document.Findings)
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

        var policy = new SuppressionPolicy(options.Suppressions, today);
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

        var context = new RuleContext(asOf, ThresholdsFor(rules, options));
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
        var ofPrinciple = new List<Finding>();
        foreach (var principle in rules.Principles)
        {
            var notApplicable = 0;
            foreach (var descriptor in rules.DescriptorsByPrinciple[principle.Id])
            {
                notApplicable += applied.Contains(descriptor.Id) ? 0 : 1;
            }

            ofPrinciple.Clear();
            foreach (var finding in findings)
            {
                if (finding.Principle == principle.Id)
                {
                    ofPrinciple.Add(finding);
                }
            }

            var passes = 0;
            foreach (var pass in passed)
            {
                passes += pass.Principle == principle.Id ? 1 : 0;
            }

            principles.Add(Verdicts.Decide(principle, ofPrinciple, passes, notApplicable));
        }

        passed.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.RuleId, b.RuleId);
            return c != 0 ? c : string.CompareOrdinal(a.Path, b.Path);
        });

        return new DocumentReport
        {
            File = document.File,
            Index = document.Index,
            Name = document.Name,
            AsOf = asOf,
            AsOfSource = source,
            Evaluated = true,
            Findings = Sort(findings),
            Passed = passed,
            Principles = principles,
        };
    }

    /// <inheritdoc/>
    public Report EvaluateAll(IReadOnlyList<PracticesDocument> documents, EvaluationOptions? options = null, IProgress<int>? progress = null) =>
        EvaluateAll(documents, options, progress, CancellationToken.None);

    private Report EvaluateAll(IReadOnlyList<PracticesDocument> documents, EvaluationOptions? options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= EvaluationOptions.Default;
        _ = _rules.Value.SessionFactory;
        var reports = new DocumentReport[documents.Count];
        if (documents.Count == 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports[0] = Evaluate(documents[0], options);
            progress?.Report(1);
        }
        else
        {
            var done = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, documents.Count, parallel, i =>
            {
                reports[i] = Evaluate(documents[i], options);
                progress?.Report(Interlocked.Increment(ref done));
            });
        }

        // Configuration suppressions are judged over the whole run: unjustified, expired, or matching nothing; the
        // baseline counts new, unchanged and absent findings. The same accumulator serves streamed runs.
        var run = StartRun(options);
        foreach (var report in reports)
        {
            run.Add(report);
        }

        return new Report
        {
            Documents = reports,
            RunFindings = run.RunFindings(),
            Baseline = run.BaselineSummary(),
            Settings = new RunSettings
            {
                Packs = [.. _rules.Value.Packs.Select(p => p.Id)],
                SeverityOverrides = options.Severities,
                ThresholdOverrides = ThresholdOverrides(options),
            },
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
        foreach (var (name, value) in _thresholds)
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

    /// <summary>The engine's threshold overrides under the caller's.</summary>
    private IReadOnlyDictionary<string, decimal> ThresholdOverrides(EvaluationOptions options)
    {
        if (_thresholds.Count == 0)
        {
            return options.Thresholds;
        }

        var merged = new Dictionary<string, decimal>(_thresholds, StringComparer.Ordinal);
        foreach (var (name, value) in options.Thresholds)
        {
            merged[name] = value;
        }

        return merged;
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
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"age checks use the as-of date given instead ({asOf:yyyy-MM-dd})");
        return new Finding(
            EngineDiagnostics.AssessedInTheFuture,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"metadata.assessedOn is {assessed:yyyy-MM-dd}, {days} day{(days == 1 ? string.Empty : "s")} after today ({today:yyyy-MM-dd}); {effect}."),
            Locate(document, "metadata.assessedOn"));
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

    /// <summary>
    /// Starts a run whose documents the caller evaluates one by one with
    /// <see cref="Evaluate(PracticesDocument, EvaluationOptions?)"/> and adds to the accumulator, which gives the
    /// run findings and baseline summary that <see cref="EvaluateAll(IReadOnlyList{PracticesDocument}, EvaluationOptions?, IProgress{int}?)"/>
    /// would, against this evaluator's clock, without keeping the documents.
    /// </summary>
    /// <param name="options">The run's options, or <c>null</c> for the defaults.</param>
    /// <returns>The run's accumulator.</returns>
    internal RunAccumulator StartRun(EvaluationOptions? options = null) => new(options ?? EvaluationOptions.Default, Today());
}
