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
        _ => "notApplicable",
    };

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
