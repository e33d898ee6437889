using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>The words outputs use for enum values: camelCase, as evaluation.md writes them.</summary>
internal static class Names
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Satisfied => "satisfied",
        Verdict.PartiallySatisfied => "partiallySatisfied",
        Verdict.NotSatisfied => "notSatisfied",
        Verdict.Undetermined => "undetermined",
        Verdict.NotAssessed => "notAssessed",
        _ => "notApplicable",
    };

    /// <summary>
    /// Whether a finding keeps its document from being evaluated (an NE0001 to NE0007 error of a document that was
    /// not evaluated): it fails the run even when suppressed or baselined, so CI-facing formats always show it.
    /// </summary>
    public static bool Blocks(DocumentReport document, Finding finding) =>
        !document.Evaluated && finding.Severity == Severity.Error && EngineDiagnostics.StopsEvaluation(finding.Descriptor);

    /// <summary>A principle's accepted failures in words, <c>1 suppressed, 2 baselined</c>; empty when there are none.</summary>
    public static string Accepted(PrincipleResult result) =>
        (result.Suppressed, result.Baselined) switch
        {
            (0, 0) => string.Empty,
            (var s, 0) => $"{s} suppressed",
            (0, var b) => $"{b} baselined",
            var (s, b) => $"{s} suppressed, {b} baselined",
        };

    /// <summary>Why a document was not evaluated, for the line under its heading.</summary>
    public const string NotEvaluated = "not evaluated: the document has errors (NE0001 to NE0007); it fails the run unless failOn is none";

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "passed",
        Outcome.Failed => "failed",
        Outcome.InsufficientData => "insufficientData",
        _ => "notApplicable",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    public static string Of(AsOfSource source) => source switch
    {
        AsOfSource.Caller => "caller",
        AsOfSource.Document => "document",
        _ => "clock",
    };

    public static string Of(SuppressionKind kind) => kind == SuppressionKind.InSource ? "inSource" : "external";

    public static string Of(BaselineState state) => state == BaselineState.New ? "new" : "unchanged";

    /// <summary>A date as evaluation.md writes dates: <c>yyyy-MM-dd</c>.</summary>
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why an inactive finding does not count: <c>suppressed: justification</c> or <c>baselined</c>; <c>null</c> when it counts.</summary>
    public static string? InactiveReason(Finding finding) =>
        finding.Suppression is { } suppression ? "suppressed: " + suppression.Justification
        : finding.BaselineState == BaselineState.Unchanged ? "baselined"
        : null;

    /// <summary>Where the as-of date came from, in words for people.</summary>
    public static string Describe(AsOfSource source) => source switch
    {
        AsOfSource.Caller => "given by the caller",
        AsOfSource.Document => "metadata.assessedOn",
        _ => "today",
    };
}
