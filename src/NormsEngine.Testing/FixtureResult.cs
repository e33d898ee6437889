using NormsEngine.Diagnostics;

namespace NormsEngine.Testing;

/// <summary>The outcome of one fixture: its report and every expectation that did not hold.</summary>
public sealed class FixtureResult
{
    internal FixtureResult(string file, Report report, int expectations, IReadOnlyList<FixtureFailure> failures)
    {
        File = file;
        Report = report;
        Expectations = expectations;
        Failures = failures;
    }

    /// <summary>The fixture file.</summary>
    public string File { get; }

    /// <summary>The evaluation report of the fixture.</summary>
    public Report Report { get; }

    /// <summary>How many annotations the fixture has.</summary>
    public int Expectations { get; }

    /// <summary>Expectations that did not hold and findings that no annotation expected.</summary>
    public IReadOnlyList<FixtureFailure> Failures { get; }

    /// <summary>Whether every expectation held and no finding was unexpected.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>Throws <see cref="FixtureAssertionException"/> listing every failure, unless the fixture passed.</summary>
    /// <exception cref="FixtureAssertionException">An expectation did not hold.</exception>
    public void AssertExpectations()
    {
        if (!Passed)
        {
            throw new FixtureAssertionException(
                $"{Failures.Count} expectation(s) of {File} did not hold:{Environment.NewLine}" + string.Join(Environment.NewLine, Failures));
        }
    }
}
