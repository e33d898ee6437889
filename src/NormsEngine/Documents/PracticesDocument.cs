using NormsEngine.Diagnostics;
using NormsEngine.Model;

namespace NormsEngine.Documents;

/// <summary>
/// One loaded practices document: the bound <see cref="Organisation"/>, where each of its values stands, and the
/// engine findings (NE0001 to NE0007) that reading and binding produced.
/// </summary>
public sealed class PracticesDocument
{
    internal PracticesDocument(string? file, int index, int startLine, Organisation? organisation, SourceMap sourceMap, IReadOnlyList<Finding> findings)
    {
        File = file;
        Index = index;
        StartLine = startLine;
        Organisation = organisation;
        SourceMap = sourceMap;
        Findings = findings;
    }

    /// <summary>The file as the caller named it, or <c>null</c> for text from no file.</summary>
    public string? File { get; }

    /// <summary>0-based position of the document in its file (documents are separated by <c>---</c>).</summary>
    public int Index { get; }

    /// <summary>1-based line where the document starts.</summary>
    public int StartLine { get; }

    /// <summary>The organisation as declared, or <c>null</c> when the YAML could not be read as a mapping.</summary>
    public Organisation? Organisation { get; }

    /// <summary>Where every declared path stands in the file.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>Engine findings from reading and binding, in document order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Whether any finding is an error at its default severity. The evaluator decides with the effective
    /// severities: configuration may lower NE0002, NE0003 and NE0007, and the document is then evaluated with the
    /// offending value not declared (<see cref="DocumentReport.Evaluated"/> says what happened).
    /// </summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The document's comments, when the text holds a comment directive (<c>norms-ignore</c>); otherwise empty.</summary>
    internal IReadOnlyList<YamlComment> Comments { get; set; } = [];

    /// <summary>
    /// The whole text of the input the document was read from, the same instance for every document of that input
    /// (a reference, not a copy), or <c>null</c> when the input could not be read as text. Reports carry it only when
    /// asked (<c>EvaluationOptions.IncludeSourceText</c>).
    /// </summary>
    internal string? SourceText { get; set; }

    /// <summary>The organisation's name, when declared.</summary>
    public string? Name => Organisation?.Metadata.Name;
}
