using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Engine;

/// <summary>
/// Evaluates practices documents against the loaded rule packs. Thread-safe: register it as a singleton; the
/// rules are compiled once and each evaluation gets its own session.
/// </summary>
public interface INormsEvaluator
{
    /// <summary>Every rule descriptor of the loaded packs, in ID order.</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The principles P1 to P9.</summary>
    IReadOnlyList<Principle> Principles { get; }

    /// <summary>Evaluates one loaded document.</summary>
    /// <param name="document">A document from <see cref="DocumentLoader"/>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <returns>The document's report.</returns>
    DocumentReport Evaluate(PracticesDocument document, EvaluationOptions? options = null);

    /// <summary>
    /// Evaluates many documents in parallel on all cores; the report keeps their order. Configuration suppressions
    /// are judged over the whole run (NE0301 expired, NE0302 matched nothing, NE0303 unjustified) and the baseline
    /// is summarised (new, unchanged, absent).
    /// </summary>
    /// <param name="documents">Documents from <see cref="DocumentLoader"/>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <param name="progress">Receives the number of documents finished so far, or <c>null</c>.</param>
    /// <returns>The report.</returns>
    Report EvaluateAll(IReadOnlyList<PracticesDocument> documents, EvaluationOptions? options = null, IProgress<int>? progress = null);

    /// <summary>
    /// Loads and evaluates every document of a YAML text. The string is the YAML itself, never a path: to read a
    /// file, call <see cref="EvaluateFile"/>.
    /// </summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">The file name for locations, or <c>null</c>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <returns>The report, one entry per document.</returns>
    Report EvaluateYaml(string yaml, string? file = null, EvaluationOptions? options = null);

    /// <summary>Loads and evaluates every document of a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <returns>The report, one entry per document.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    Report EvaluateFile(string path, EvaluationOptions? options = null);

    /// <summary>
    /// Reads a UTF-8 stream asynchronously, in chunks and at most <see cref="ReaderLimits.MaxInputBytes"/> plus one
    /// byte of it (more is an NE0005 finding), then evaluates every document in it.
    /// </summary>
    /// <param name="yaml">The stream; it is read, not closed.</param>
    /// <param name="file">The file name for locations, or <c>null</c>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Checked between chunks, while the YAML is read and between documents.</param>
    /// <returns>The report, one entry per document, as <see cref="EvaluateYaml"/> gives.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<Report> EvaluateAsync(Stream yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a text reader asynchronously (bounded by <see cref="ReaderLimits.MaxInputBytes"/>) and evaluates every document in it.</summary>
    /// <param name="yaml">The reader; it is read, not closed.</param>
    /// <param name="file">The file name for locations, or <c>null</c>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Checked between chunks, while the YAML is read and between documents.</param>
    /// <returns>The report, one entry per document.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<Report> EvaluateAsync(TextReader yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates every document of a YAML text; the cancellable form of <see cref="EvaluateYaml"/>. The string is the
    /// YAML itself, never a path: to read a file, call <see cref="EvaluateFileAsync"/>.
    /// </summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">The file name for locations, or <c>null</c>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Checked before starting, while the YAML is read and between documents.</param>
    /// <returns>The report, one entry per document.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<Report> EvaluateYamlAsync(string yaml, string? file = null, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a file asynchronously and evaluates every document in it.</summary>
    /// <param name="path">The file's path; locations name it as given.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Checked between chunks, while the YAML is read and between documents.</param>
    /// <returns>The report, one entry per document.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<Report> EvaluateFileAsync(string path, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates many files with bounded parallelism and yields each document's report as soon as it and every
    /// earlier one are done, in input order (file order, then document order within a file). At most
    /// <paramref name="maxDegreeOfParallelism"/> files are read and held at once, so memory stays bounded however
    /// many files there are. Unlike <see cref="EvaluateAll"/> there is no run-level judgement of configuration
    /// suppressions or baseline summary: those need the whole run (use <see cref="StartRun"/> for that).
    /// </summary>
    /// <param name="files">The files' paths, enumerated lazily.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <param name="maxDegreeOfParallelism">Most files evaluated at once; -1 for the engine's
    /// <see cref="NormsEngineOptions.MaxDegreeOfParallelism"/> (by default one per processor).</param>
    /// <param name="cancellationToken">Stops the batch: checked between files and inside each file's reading.</param>
    /// <returns>The documents' reports, in input order.</returns>
    /// <exception cref="IOException">A file cannot be read (thrown when its turn to be yielded comes).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<DocumentReport> EvaluateManyAsync(IEnumerable<string> files, EvaluationOptions? options = null, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a run: inputs evaluated in parallel and handed back in input order with bounded memory, then
    /// <see cref="NormsRun.Complete"/> for the run findings, the baseline summary and the counts. This is how
    /// <c>norms check</c> works; write the run as it goes with <c>ReportFormatters.Create(name).Open(writer)</c>.
    /// </summary>
    /// <param name="options">The run's options, or <c>null</c> for the defaults.</param>
    /// <param name="maxDegreeOfParallelism">Most inputs evaluated at once; -1 for the engine's
    /// <see cref="NormsEngineOptions.MaxDegreeOfParallelism"/> (by default one per processor).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is neither -1 nor positive.</exception>
    NormsRun StartRun(EvaluationOptions? options = null, int maxDegreeOfParallelism = -1);
}
