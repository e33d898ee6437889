namespace NormsEngine.Diagnostics;

/// <summary>The result for one document: a verdict per principle, the findings and the passed evidence.</summary>
public sealed record DocumentReport
{
    /// <summary>The file as the caller named it, or <c>null</c>.</summary>
    public string? File { get; init; }

    /// <summary>0-based position of the document in its file.</summary>
    public int Index { get; init; }

    /// <summary>The organisation's name, when declared.</summary>
    public string? Name { get; init; }

    /// <summary>The as-of date used for age checks.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>Where <see cref="AsOf"/> came from.</summary>
    public AsOfSource AsOfSource { get; init; }

    /// <summary>
    /// Whether pack rules ran: false when the document has an NE0001 to NE0007 finding at effective severity error
    /// (suppressed or baselined or not). A document that was not evaluated fails the run unless <c>failOn</c> is none.
    /// </summary>
    public bool Evaluated { get; init; }

    /// <summary>One result per principle, P1 to P9 in order.</summary>
    public IReadOnlyList<PrincipleResult> Principles { get; init; } = [];

    /// <summary>Findings, in document order (line, column, rule ID).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Rules that passed, as evidence.</summary>
    public IReadOnlyList<PassedRule> Passed { get; init; } = [];

    /// <summary>
    /// Why each rule gave its outcome, one explanation per rule and target (rules that did not apply included), by rule
    /// ID then target; empty unless the evaluation was asked to explain (<c>EvaluationOptions.Explain</c>).
    /// </summary>
    public IReadOnlyList<Explanation> Explanations { get; init; } = [];

    /// <summary>
    /// The whole text of the input the document was read from (every document of a multi-document file shares the
    /// same string), or <c>null</c> unless the evaluation was asked for it (<c>EvaluationOptions.IncludeSourceText</c>)
    /// or when the input could not be read as text. Lines are those that <see cref="SourceLocation.Line"/> counts.
    /// </summary>
    public string? SourceText { get; init; }

    /// <summary>The display name of the document: the file, with its position when the file holds several.</summary>
    public string DisplayName(bool multiple) =>
        (File ?? "<input>") + (multiple ? $" (document {Index + 1})" : string.Empty);
}
