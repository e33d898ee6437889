using NormsEngine.Diagnostics;

namespace NormsEngine.Engine;

/// <summary>What a run made of one input: the report of each of its documents, or why it could not be read.</summary>
/// <param name="Source">The input.</param>
/// <param name="Documents">One report per document of the input, in document order; empty when it could not be read.</param>
/// <param name="Unreadable">The NE0008 run finding when the input could not be read; otherwise <c>null</c>.</param>
/// <param name="Problem">Why it could not be read, as one line for people (<c>the file 'x.yaml' does not exist.</c>); otherwise <c>null</c>.</param>
public sealed record InputReport(DocumentSource Source, IReadOnlyList<DocumentReport> Documents, Finding? Unreadable = null, string? Problem = null)
{
    /// <summary>Whether the input holds several documents: outputs then name each with its position.</summary>
    public bool HasSeveralDocuments => Documents.Count > 1;
}
