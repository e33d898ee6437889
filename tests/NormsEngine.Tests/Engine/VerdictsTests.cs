using NormsEngine.Diagnostics;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

/// <summary>
/// A principle's verdict, counts and score from its rules' outcomes, as the engine decides them today: an active
/// error failure makes it not satisfied, else a warning failure partially satisfied, else missing data undetermined,
/// else any applied rule satisfied; info failures, suppressed and baselined findings lower nothing.
/// </summary>
public sealed class VerdictsTests
{
    private static readonly Principle P7 = new("P7", "Cyber hygiene", "Strengthen our advocacy for the implementation of cyber hygiene.");

    private static readonly RuleDescriptor Rule = RuleDescriptor.Create("TV0701", "T", "m", "Test", Severity.Error, "d", "r", principle: "P7");

    private static readonly SourceLocation Location = new("org.yaml", "hygiene", 1, 1, 1, 1);

    [Fact]
    public void Decide_NoOutcomes_NotApplicableWithoutAScore()
    {
        var result = Verdicts.Decide(P7, [], passed: 0, notApplicable: 4);

        Assert.Equal(Verdict.NotApplicable, result.Verdict);
        Assert.Null(result.Score);
        Assert.Equal(4, result.NotApplicable);
        Assert.Same(P7, result.Principle);
    }

    [Fact]
    public void Decide_OnlyPasses_SatisfiedAt100()
    {
        var result = Verdicts.Decide(P7, [], passed: 3, notApplicable: 1);

        Assert.Equal((Verdict.Satisfied, 100m, 3), (result.Verdict, result.Score, result.Passed));
    }

    [Fact]
    public void Decide_AnErrorFailure_NotSatisfiedWhateverElseHappened()
    {
        var result = Verdicts.Decide(P7, [Failed(Severity.Error), Failed(Severity.Warning), Failed(Severity.Info), Insufficient()], passed: 6, notApplicable: 0);

        Assert.Equal(Verdict.NotSatisfied, result.Verdict);
        Assert.Equal((1, 1, 1, 1), (result.FailedError, result.FailedWarning, result.FailedInfo, result.Insufficient));
        Assert.Equal(60m, result.Score);
    }

    [Fact]
    public void Decide_AWarningFailureAndMissingData_PartiallySatisfied()
    {
        var result = Verdicts.Decide(P7, [Failed(Severity.Warning), Insufficient()], passed: 2, notApplicable: 0);

        Assert.Equal(Verdict.PartiallySatisfied, result.Verdict);
        Assert.Equal(50m, result.Score);
    }

    [Fact]
    public void Decide_MissingDataWithoutFailures_Undetermined()
    {
        var result = Verdicts.Decide(P7, [Insufficient(), Insufficient()], passed: 2, notApplicable: 0);

        Assert.Equal((Verdict.Undetermined, 50m, 2), (result.Verdict, result.Score, result.Insufficient));
    }

    [Fact]
    public void Decide_OnlyInfoFailures_SatisfiedButTheScoreCountsThem()
    {
        var result = Verdicts.Decide(P7, [Failed(Severity.Info)], passed: 1, notApplicable: 0);

        Assert.Equal((Verdict.Satisfied, 50m, 1), (result.Verdict, result.Score, result.FailedInfo));
    }

    [Fact]
    public void Decide_SuppressedErrorAlone_SatisfiedWithoutAScore()
    {
        var suppressed = Failed(Severity.Error) with { Suppression = new Suppression(SuppressionKind.InSource, "Accepted") };

        var result = Verdicts.Decide(P7, [suppressed], passed: 0, notApplicable: 2);

        // The rule applied (so not "not applicable"), but a suppressed outcome is outside the score.
        Assert.Equal((Verdict.Satisfied, (decimal?)null), (result.Verdict, result.Score));
        Assert.Equal((1, 0), (result.Suppressed, result.FailedError));
    }

    [Fact]
    public void Decide_ErrorInTheBaseline_CountsAsSuppressedAndANewOneStillFails()
    {
        var baselined = Verdicts.Decide(P7, [Failed(Severity.Error) with { BaselineState = BaselineState.Unchanged }], passed: 1, notApplicable: 0);
        var added = Verdicts.Decide(P7, [Failed(Severity.Error) with { BaselineState = BaselineState.New }], passed: 1, notApplicable: 0);

        Assert.Equal((Verdict.Satisfied, 100m, 1), (baselined.Verdict, baselined.Score, baselined.Suppressed));
        Assert.Equal((Verdict.NotSatisfied, 50m, 0), (added.Verdict, added.Score, added.Suppressed));
    }

    [Theory]
    [InlineData(1, 16, 6.3)] // 6.25: away from zero, not to even
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(7, 8, 87.5)]
    public void Decide_Score_RoundsToOneDecimalAwayFromZero(int passed, int applied, double expected)
    {
        var failures = Enumerable.Range(0, applied - passed).Select(_ => Failed(Severity.Warning)).ToList();

        var result = Verdicts.Decide(P7, failures, passed, notApplicable: 0);

        Assert.Equal((decimal)expected, result.Score);
    }

    [Fact]
    public void Undetermined_Principle_UndeterminedWithoutCountsOrScore()
    {
        var result = Verdicts.Undetermined(P7);

        Assert.Equal((Verdict.Undetermined, (decimal?)null), (result.Verdict, result.Score));
        Assert.Equal(0, result.Passed + result.FailedError + result.FailedWarning + result.FailedInfo + result.Insufficient + result.Suppressed + result.NotApplicable);
    }

    private static Finding Failed(Severity severity) =>
        new Finding(Rule, "failed", Location, Outcome.Failed) { Severity = severity };

    private static Finding Insufficient() => new(Rule, "PC0702 has no data", Location, Outcome.InsufficientData);
}
