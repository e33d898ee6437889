using System.Runtime.CompilerServices;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Engine;

/// <summary>
/// One run over many inputs, as <c>norms check</c> does it: inputs are read, bound and evaluated in parallel within a
/// bounded window and handed back in input order as soon as each and every earlier one are done, so memory does not
/// grow with the number of inputs; <see cref="Complete"/> then gives what only the whole run knows (unreadable inputs,
/// configuration suppressions that expired or matched nothing, the baseline summary, the counts). Start one with
/// <see cref="INormsEvaluator.StartRun"/>; write it as it goes with a <see cref="Reporting.ReportWriter"/>.
/// Documents may also be evaluated one at a time, from any thread and in any order, with <see cref="Evaluate(PracticesDocument)"/>.
/// </summary>
public sealed class NormsRun
{
    private readonly DocumentPipeline _pipeline;
    private readonly FindingPolicy _policy;
    private readonly DocumentLoader _loader;
    private readonly int _window;
    private readonly Action<PracticesDocument, DocumentReport, TimeSpan>? _evaluated;
    private readonly List<Finding> _unreadable = [];
    private readonly ReportTally _tally = new();
    private readonly object _gate = new();

    internal NormsRun(DocumentPipeline pipeline, EvaluationOptions options, RunSettings settings, int window, Action<PracticesDocument, DocumentReport, TimeSpan>? evaluated)
    {
        _pipeline = pipeline;
        Options = options;
        Settings = settings;
        _policy = new FindingPolicy(options, pipeline.Today());
        _loader = new DocumentLoader(options.Limits);
        _window = Math.Max(1, window);
        _evaluated = evaluated;
    }

    /// <summary>The run's options (with the engine's reader limits when the caller gave none).</summary>
    public EvaluationOptions Options { get; }

    /// <summary>The settings the run's reports state: packs and overrides (a caller adds its configuration file and failOn).</summary>
    public RunSettings Settings { get; }

    /// <summary>Evaluates one loaded document and counts it in the run. Thread-safe.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its report.</returns>
    public DocumentReport Evaluate(PracticesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var started = _evaluated is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
        var report = _pipeline.Evaluate(document, Options, _policy);
        _evaluated?.Invoke(document, report, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        _policy.Observe(report);
        lock (_gate)
        {
            _tally.AddDocument(report);
        }

        return report;
    }

    /// <summary>
    /// Reads, binds and evaluates <paramref name="sources"/> in parallel and yields each input's reports in input
    /// order. An input that cannot be read yields an <see cref="InputReport"/> with its NE0008 finding, which
    /// <see cref="Complete"/> also lists; the run goes on with the others.
    /// </summary>
    /// <param name="sources">The inputs, enumerated lazily.</param>
    /// <param name="cancellationToken">Stops the run between inputs and inside each input's reading.</param>
    /// <returns>One report per input, in input order.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<InputReport> Evaluate(IEnumerable<DocumentSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Record(OrderedWindow.Run(sources, source => EvaluateSource(source, cancellationToken), _window, cancellationToken));
    }

    /// <summary>The asynchronous form of <see cref="Evaluate(IEnumerable{DocumentSource}, CancellationToken)"/>.</summary>
    /// <param name="sources">The inputs, enumerated lazily.</param>
    /// <param name="cancellationToken">Stops the run between inputs and inside each input's reading.</param>
    /// <returns>One report per input, in input order.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IAsyncEnumerable<InputReport> EvaluateAsync(IEnumerable<DocumentSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RecordAsync(OrderedWindow.RunAsync(sources, (source, token) => Task.Run(() => EvaluateSource(source, token), token), _window, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// What only the whole run knows, once every input is done: the run findings (NE0008 for unreadable inputs, in
    /// input order, then the configuration suppressions' NE0301, NE0302 and NE0303), the baseline summary and the counts.
    /// </summary>
    /// <returns>The run's result.</returns>
    public RunResult Complete()
    {
        lock (_gate)
        {
            var findings = new List<Finding>(_unreadable);
            findings.AddRange(_policy.RunFindings());
            var tally = _tally.Copy();
            foreach (var finding in findings)
            {
                tally.AddRunFinding(finding);
            }

            return new RunResult(findings, _policy.BaselineSummary(), tally) { HasUnreadableInputs = _unreadable.Count > 0 };
        }
    }

    /// <summary>Evaluates a list of loaded documents in parallel, reports in list order.</summary>
    internal DocumentReport[] Evaluate(IReadOnlyList<PracticesDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (documents.Count == 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(1);
            return [Evaluate(documents[0])];
        }

        var reports = new DocumentReport[documents.Count];
        var done = 0;
        foreach (var report in OrderedWindow.Run(documents, Evaluate, _window, cancellationToken))
        {
            reports[done++] = report;
            progress?.Report(done);
        }

        return reports;
    }

    /// <summary>
    /// Reads and evaluates one input's documents, throwing when it cannot be read; the input's documents are dropped
    /// once evaluated.
    /// </summary>
    internal async IAsyncEnumerable<DocumentReport> EvaluateThrowing(IEnumerable<DocumentSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reports = OrderedWindow.RunAsync(
            sources,
            (source, token) => Task.Run(() => EvaluateDocuments(source.Load(_loader, token), token), token),
            _window,
            cancellationToken);
        await foreach (var documents in reports.ConfigureAwait(false))
        {
            foreach (var report in documents)
            {
                yield return report;
            }
        }
    }

    /// <summary>Notes each unreadable input as its turn comes, so that <see cref="Complete"/> lists them in input order.</summary>
    private IEnumerable<InputReport> Record(IEnumerable<InputReport> reports)
    {
        foreach (var report in reports)
        {
            NoteUnreadable(report);
            yield return report;
        }
    }

    private async IAsyncEnumerable<InputReport> RecordAsync(IAsyncEnumerable<InputReport> reports, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            NoteUnreadable(report);
            yield return report;
        }
    }

    private void NoteUnreadable(InputReport report)
    {
        if (report.Unreadable is { } finding)
        {
            lock (_gate)
            {
                _unreadable.Add(finding);
            }
        }
    }

    private InputReport EvaluateSource(DocumentSource source, CancellationToken cancellationToken)
    {
        IReadOnlyList<PracticesDocument> documents;
        try
        {
            documents = source.Load(_loader, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var (problem, reason) = source.Describe(ex);
            var finding = new Finding(
                EngineDiagnostics.InputUnreadable,
                $"The input could not be read: {reason}",
                new SourceLocation(source.Name, string.Empty, 1, 1, 1, 1));
            return new InputReport(source, [], finding, problem);
        }

        return new InputReport(source, EvaluateDocuments(documents, cancellationToken));
    }

    private DocumentReport[] EvaluateDocuments(IReadOnlyList<PracticesDocument> documents, CancellationToken cancellationToken)
    {
        var reports = new DocumentReport[documents.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports[i] = Evaluate(documents[i]);
        }

        return reports;
    }
}
