namespace NormsEngine.Diagnostics;

/// <summary>
/// The verdict on one principle for one document, with the counts behind it. The counts are of the rule outcomes
/// after severity configuration and before suppressions and the baseline, as the verdict and the score are;
/// <see cref="Suppressed"/> and <see cref="Baselined"/> say how many of those failures were accepted.
/// </summary>
public sealed record PrincipleResult
{
    /// <summary>The principle.</summary>
    public required Principle Principle { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>
    /// passed / (passed + failed + insufficient) as a percentage, rounded to one decimal but never to 0 or 100 unless
    /// exactly so; <c>null</c> when the principle is <see cref="Verdict.NotApplicable"/> or
    /// <see cref="Verdict.NotAssessed"/>, or when the document could not be evaluated.
    /// </summary>
    public decimal? Score { get; init; }

    /// <summary>Rule outcomes that passed.</summary>
    public int Passed { get; init; }

    /// <summary>Failed outcomes with effective severity error, suppressed and baselined ones included.</summary>
    public int FailedError { get; init; }

    /// <summary>Failed outcomes with effective severity warning, suppressed and baselined ones included.</summary>
    public int FailedWarning { get; init; }

    /// <summary>Failed outcomes with effective severity info, suppressed and baselined ones included.</summary>
    public int FailedInfo { get; init; }

    /// <summary>Outcomes with insufficient data, suppressed and baselined ones included (and counted even when NE0201 is turned off).</summary>
    public int Insufficient { get; init; }

    /// <summary>Of the failed and insufficient-data outcomes, how many have a suppressed finding: accepted, still counted in the verdict.</summary>
    public int Suppressed { get; init; }

    /// <summary>Of the failed and insufficient-data outcomes, how many have a finding in the baseline (and not suppressed): accepted, still counted in the verdict.</summary>
    public int Baselined { get; init; }

    /// <summary>Rules of the principle that did not apply (their scope does not hold, or they are turned off).</summary>
    public int NotApplicable { get; init; }
}
