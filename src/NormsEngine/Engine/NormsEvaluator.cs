using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Packs;
using NormsEngine.Rules;
using NRules.Extensibility;

namespace NormsEngine.Engine;

/// <summary>
/// The evaluator: compiles the packs once into an NRules session factory and evaluates each document in its own
/// session. Thread-safe. Usually obtained from dependency injection (<c>services.AddNormsEngine(...)</c>).
/// </summary>
public sealed class NormsEvaluator : INormsEvaluator
{
    private readonly Lazy<CompiledRules> _rules;
    private readonly ILogger _logger;
    private readonly ReaderLimits _limits;
    private readonly IReadOnlyDictionary<string, decimal> _thresholds;
    private readonly int _maxDegreeOfParallelism;
    private readonly DocumentPipeline _pipeline;
    private EvaluationOptions? _defaultOptions;
    private SingleEvaluation? _single;
    private System.Collections.ObjectModel.ReadOnlyCollection<string>? _packIds;

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
        _pipeline = new DocumentPipeline(_rules, _thresholds, timeProvider ?? TimeProvider.System);
        if (options.CompileOnStartup)
        {
            Compile();
        }

        CompiledRules CompileAndLog() => new(
            list,
            (rules, time, sequential) => EngineLog.Compiled(_logger, rules.Packs.Count, string.Join(", ", rules.Packs.Select(p => p.Id + " " + p.Version)), rules.Descriptors.Count, time, sequential),
            Expressions,
            Sequential);
    }

    /// <summary>Compiles NRules' expressions when the network compiles; <c>null</c> for the engine's (tests compare others).</summary>
    internal IExpressionCompiler? Expressions { get; init; }

    /// <summary>Whether rules that need no matching fire in sequence (<see cref="SequentialRules"/>); <c>false</c> puts every rule through the session (tests compare both).</summary>
    internal bool Sequential { get; init; } = true;

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
    public NormsRun StartRun(EvaluationOptions? options = null, int maxDegreeOfParallelism = -1)
    {
        CheckParallelism(maxDegreeOfParallelism);
        options = Effective(options);
        Compile();
        var settings = Settings(options);
        var logged = _logger.IsEnabled(LogLevel.Debug)
            ? (Action<PracticesDocument, DocumentReport, TimeSpan>)((document, report, elapsed) => EngineLog.Evaluated(_logger, document.File, document.Index, report.Findings.Count, elapsed))
            : null;
        // Two inputs in flight per core keep every core busy while the oldest is handed back.
        return new NormsRun(_pipeline, options, settings, 2 * Parallelism(maxDegreeOfParallelism), logged);
    }

    /// <summary>The settings a report of a run with <paramref name="options"/> records.</summary>
    private RunSettings Settings(EvaluationOptions options) => new()
    {
        Packs = _packIds ??= Array.AsReadOnly([.. _rules.Value.Packs.Select(p => p.Id)]),
        SeverityOverrides = options.Severities,
        ThresholdOverrides = ThresholdOverrides(options),
    };

    /// <inheritdoc/>
    public DocumentReport Evaluate(PracticesDocument document, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= EvaluationOptions.Default;

        return Single(options) is { } single
            ? _pipeline.Evaluate(document, single.Options, single.Policy)
            : StartRun(options).Evaluate(document);
    }

    /// <summary>
    /// What evaluating one document at a time with <paramref name="options"/> needs, kept from the last call with the
    /// same options object, or <c>null</c> when it needs a run. A run's policy carries run-level state (suppressions
    /// used, baseline counts) that one document never reads; without suppressions, baseline, severity overrides or
    /// debug logging, the policy depends only on the options and today, so document after document reuses it.
    /// (Severity overrides are resolved when a policy is built, and the caller's dictionary may change between calls;
    /// thresholds are read at each evaluation.)
    /// </summary>
    private SingleEvaluation? Single(EvaluationOptions options)
    {
        if (options.Suppressions.Count > 0 || options.Baseline is not null || options.Severities.Count > 0 || _logger.IsEnabled(LogLevel.Debug))
        {
            return null;
        }

        var today = _pipeline.Today();
        if (_single is not { } single || !ReferenceEquals(single.Caller, options) || single.Today != today)
        {
            Compile();
            var effective = Effective(options);
            _single = single = new SingleEvaluation(options, effective, today, new FindingPolicy(effective, today));
        }

        return single;
    }

    /// <summary>
    /// The effective options and policy of the last one-document evaluation without run configuration
    /// (<see cref="Evaluate(PracticesDocument, EvaluationOptions?)"/>, and <see cref="EvaluateAll(IReadOnlyList{PracticesDocument}, EvaluationOptions?, IProgress{int}?)"/>
    /// and the calls that read one document), kept for the next call with the same options.
    /// </summary>
    private sealed record SingleEvaluation(EvaluationOptions Caller, EvaluationOptions Options, DateOnly Today, FindingPolicy Policy);

    /// <inheritdoc/>
    public Report EvaluateAll(IReadOnlyList<PracticesDocument> documents, EvaluationOptions? options = null, IProgress<int>? progress = null) =>
        EvaluateAll(documents, options, progress, CancellationToken.None);

    /// <inheritdoc/>
    public Report EvaluateYaml(string yaml, string? file = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return EvaluateAll(FilePathHint.Apply(yaml, new DocumentLoader(LimitsOf(options)).Load(yaml, file), nameof(EvaluateFile)), options);
    }

    /// <inheritdoc/>
    public Report EvaluateFile(string path, EvaluationOptions? options = null)
    {
        return EvaluateAll(new DocumentLoader(LimitsOf(options)).LoadFile(path), options);
    }

    /// <inheritdoc/>
    public async Task<Report> EvaluateAsync(Stream yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var documents = await new DocumentLoader(LimitsOf(options)).LoadAsync(yaml, file, cancellationToken).ConfigureAwait(false);
        return EvaluateAll(documents, options, null, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Report> EvaluateAsync(TextReader yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var documents = await new DocumentLoader(LimitsOf(options)).LoadAsync(yaml, file, cancellationToken).ConfigureAwait(false);
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
            var documents = FilePathHint.Apply(yaml, new DocumentLoader(LimitsOf(options)).Load(yaml, file, cancellationToken), nameof(EvaluateFileAsync));
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
        var documents = await new DocumentLoader(LimitsOf(options)).LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return EvaluateAll(documents, options, null, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<DocumentReport> EvaluateManyAsync(IEnumerable<string> files, EvaluationOptions? options = null, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        CheckParallelism(maxDegreeOfParallelism);

        options = Effective(options);
        var run = new NormsRun(_pipeline, options, new RunSettings(), Parallelism(maxDegreeOfParallelism), null);
        return run.EvaluateThrowing(files.Select(f => DocumentSource.FromFile(f)), cancellationToken);
    }

    private Report EvaluateAll(IReadOnlyList<PracticesDocument> documents, EvaluationOptions? options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= EvaluationOptions.Default;

        // One document without run-level configuration (the common call): no run to start or complete.
        if (documents.Count == 1 && Single(options) is { } single)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(1);
            // Settings are read now, not kept: the caller's threshold dictionary may have changed since the last call.
            return new Report { Documents = [_pipeline.Evaluate(documents[0], single.Options, single.Policy)], Settings = Settings(single.Options) };
        }

        var run = StartRun(options);
        var reports = run.Evaluate(documents, progress, cancellationToken);
        var result = run.Complete();
        return new Report
        {
            Documents = reports,
            RunFindings = result.RunFindings,
            Baseline = result.Baseline,
            Settings = run.Settings,
        };
    }

    /// <summary>The reader limits of <paramref name="options"/>, else the engine's.</summary>
    private ReaderLimits LimitsOf(EvaluationOptions? options) => options?.Limits ?? _limits;

    /// <summary>The caller's options with the engine's reader limits when they give none.</summary>
    private EvaluationOptions Effective(EvaluationOptions? options) =>
        options is null ? (_defaultOptions ??= new EvaluationOptions { Limits = _limits })
        : options.Limits is null ? options with { Limits = _limits }
        : options;

    private static void CheckParallelism(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be -1 (the engine's default) or positive.");
        }
    }

    /// <summary>Most documents evaluated at once: the caller's, else the engine's, else one per processor.</summary>
    private int Parallelism(int requested) =>
        requested != -1 ? requested
        : _maxDegreeOfParallelism != -1 ? _maxDegreeOfParallelism
        : Environment.ProcessorCount;

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
}
