namespace NormsEngine.Diagnostics;

/// <summary>
/// The verdict rules of evaluation.md ("Outcomes and verdicts"), first match wins, from a principle's outcome counts:
/// the one place they are written. The engine decides every verdict with them; a report that asks what a fix would
/// raise (the html format's remediation plan) decides again with them, so both always agree.
/// </summary>
internal static class VerdictRules
{
    /// <summary>The verdict of a principle.</summary>
    /// <param name="passed">Outcomes that passed.</param>
    /// <param name="failedError">Failed outcomes with effective severity error.</param>
    /// <param name="failedWarning">Failed outcomes with effective severity warning.</param>
    /// <param name="failedInfo">Failed outcomes with effective severity info.</param>
    /// <param name="insufficient">Outcomes with insufficient data.</param>
    /// <param name="turnedOff">Whether the configuration turns the principle off.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Decide(int passed, int failedError, int failedWarning, int failedInfo, int insufficient, bool turnedOff)
    {
        var failed = failedError + failedWarning + failedInfo;
        var applied = passed + failed + insufficient;
        return turnedOff ? Verdict.NotAssessed
            : applied == 0 ? Verdict.NotApplicable
            : failedError > 0 || (failed > 0 && passed == 0) ? Verdict.NotSatisfied
            : failed > 0 ? Verdict.PartiallySatisfied
            : insufficient > 0 ? Verdict.Undetermined
            : Verdict.Satisfied;
    }
}
