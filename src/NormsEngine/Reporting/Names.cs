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
}
