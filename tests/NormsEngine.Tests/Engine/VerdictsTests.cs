using NormsEngine.Diagnostics;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

/// <summary>The verdict rules of evaluation.md ("Outcomes and verdicts"), first match wins, and the score.</summary>
public class VerdictsTests
{
    private static readonly Principle P1 = new("P1", "Protect individuals and infrastructure", "text");

    [Theory]
    //          passed error warning info insufficient off   verdict                        score
    [InlineData(0, 0, 0, 0, 0, true, Verdict.NotAssessed, null)]
    [InlineData(0, 0, 0, 0, 0, false, Verdict.NotApplicable, null)]
    [InlineData(3, 1, 0, 0, 0, false, Verdict.NotSatisfied, 75.0)]
    [InlineData(0, 0, 2, 0, 0, false, Verdict.NotSatisfied, 0.0)]
    [InlineData(0, 0, 0, 1, 0, false, Verdict.NotSatisfied, 0.0)]
    [InlineData(0, 0, 1, 0, 3, false, Verdict.NotSatisfied, 0.0)]
    [InlineData(6, 0, 1, 0, 0, false, Verdict.PartiallySatisfied, 85.7)]
    [InlineData(3, 0, 0, 4, 0, false, Verdict.PartiallySatisfied, 42.9)]
    [InlineData(1, 0, 1, 0, 1, false, Verdict.PartiallySatisfied, 33.3)]
    [InlineData(2, 0, 0, 0, 1, false, Verdict.Undetermined, 66.7)]
    [InlineData(0, 0, 0, 0, 2, false, Verdict.Undetermined, 0.0)]
    [InlineData(4, 0, 0, 0, 0, false, Verdict.Satisfied, 100.0)]
    public void Decide_Counts_FirstMatchingVerdictAndScore(int passed, int error, int warning, int info, int insufficient, bool off, Verdict verdict, double? score)
    {
        var counts = new Verdicts.Counts { Passed = passed, FailedError = error, FailedWarning = warning, FailedInfo = info, Insufficient = insufficient };

        var result = Verdicts.Decide(P1, counts, notApplicable: 0, turnedOff: off);

        Assert.Equal((verdict, (decimal?)score), (result.Verdict, result.Score));
    }

    [Fact]
    public void Decide_SuppressedAndBaselinedCounts_ReportedWithoutChangingVerdictOrScore()
    {
        var plain = Verdicts.Decide(P1, new Verdicts.Counts { Passed = 1, FailedWarning = 2 }, 0, false);

        var accepted = Verdicts.Decide(P1, new Verdicts.Counts { Passed = 1, FailedWarning = 2, Suppressed = 1, Baselined = 1 }, 0, false);

        Assert.Equal((plain.Verdict, plain.Score), (accepted.Verdict, accepted.Score));
        Assert.Equal((1, 1), (accepted.Suppressed, accepted.Baselined));
    }

    [Theory]
    [InlineData(1999, 2000, 99.9)]
    [InlineData(1, 2000, 0.1)]
    [InlineData(2000, 2000, 100.0)]
    [InlineData(0, 2000, 0.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    public void Score_RatioCloseToTheEnds_NeverRoundsOntoThem(int passed, int applied, double expected)
    {
        Assert.Equal((decimal)expected, Verdicts.Score(passed, applied));
    }

    [Theory]
    [InlineData(1, 16, 6.3)] // 6.25: away from zero, not to even
    [InlineData(7, 8, 87.5)]
    [InlineData(15, 16, 93.8)] // 93.75
    public void Score_HalfwayRatio_RoundsToOneDecimalAwayFromZero(int passed, int applied, double expected)
    {
        Assert.Equal((decimal)expected, Verdicts.Score(passed, applied));
    }

    [Fact]
    public void Score_EveryRatioUpTo400Outcomes_SameValueAndDigitsAsDecimalRounding()
    {
        // The score is computed in integers; it must equal, digits included (50 stays "50", 20.04 gives "20.0"), what
        // rounding the decimal ratio gives, clamped so that it never reads 0 or 100 unless it is.
        for (var applied = 1; applied <= 400; applied++)
        {
            for (var passed = 0; passed <= applied; passed++)
            {
                var rounded = Math.Round(100m * passed / applied, 1, MidpointRounding.AwayFromZero);
                var expected = passed == applied ? 100m : passed == 0 ? 0m : Math.Clamp(rounded, 0.1m, 99.9m);
                var actual = Verdicts.Score(passed, applied);
                Assert.True(
                    expected.ToString(System.Globalization.CultureInfo.InvariantCulture) == actual.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{passed}/{applied}: expected {expected}, got {actual}");
            }
        }
    }
}
