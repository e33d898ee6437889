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

    /// <summary>Loads and evaluates every document of a YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="file">The file name for locations, or <c>null</c>.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <returns>The report, one entry per document.</returns>
    Report Evaluate(string yaml, string? file = null, EvaluationOptions? options = null);

    /// <summary>Loads and evaluates every document of a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Evaluation options, or <c>null</c> for the defaults.</param>
    /// <returns>The report, one entry per document.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    Report EvaluateFile(string path, EvaluationOptions? options = null);
}
