namespace NormsEngine.Diagnostics;

/// <summary>The verdict on one principle for one document, with the counts behind it.</summary>
public sealed record PrincipleResult
{
    /// <summary>The principle.</summary>
    public required Principle Principle { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>passed / (passed + failed + insufficient) as a percentage (0-100, rounded to one decimal), or <c>null</c> when nothing applies.</summary>
    public decimal? Score { get; init; }

    /// <summary>Rule outcomes that passed.</summary>
    public int Passed { get; init; }

    /// <summary>Failed outcomes with effective severity error (not suppressed or baselined).</summary>
    public int FailedError { get; init; }

    /// <summary>Failed outcomes with effective severity warning (not suppressed or baselined).</summary>
    public int FailedWarning { get; init; }

    /// <summary>Failed outcomes with effective severity info (not suppressed or baselined).</summary>
    public int FailedInfo { get; init; }

    /// <summary>Outcomes with insufficient data (not suppressed or baselined).</summary>
    public int Insufficient { get; init; }

    /// <summary>Findings that were suppressed or baselined: reported, but not lowering the verdict.</summary>
    public int Suppressed { get; init; }

    /// <summary>Rules of the principle that did not apply.</summary>
    public int NotApplicable { get; init; }
}
