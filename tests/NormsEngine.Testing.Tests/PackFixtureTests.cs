using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.TestSupport;

namespace NormsEngine.Testing.Tests;

public class PackFixtureTests
{
    private static readonly NormsEvaluator Evaluator = new([new ParisCallPack()]);

    // Only the hygiene rules are under test here; the others are turned off so they add no findings.
    private static readonly EvaluationOptions HygieneOnly = new()
    {
        Severities = new Dictionary<string, Diagnostics.Severity>
        {
            ["PC*"] = Diagnostics.Severity.None,
            ["PC0701"] = Diagnostics.Severity.Error,
            ["PC0702"] = Diagnostics.Severity.Error,
            ["PC0703"] = Diagnostics.Severity.Warning,
            ["NE0201"] = Diagnostics.Severity.None,
        },
    };

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", name);

    [Fact]
    public void Run_FixtureWhoseAnnotationsHold_Passes()
    {
        var result = PackFixture.Run(Fixture("hygiene-pass.yaml"), Evaluator, HygieneOnly);

        result.AssertExpectations();
        Assert.Equal(4, result.Expectations);
    }

    [Fact]
    public void Run_FixtureWithBrokenExpectations_NamesEachFailureWithFileAndLine()
    {
        var result = PackFixture.Run(Fixture("hygiene-fail.yaml"), Evaluator, HygieneOnly);

        Assert.False(result.Passed);
        var failures = result.Failures.Select(f => (f.Line, f.Message[..f.Message.IndexOf(' ', StringComparison.Ordinal)])).ToArray();
        Assert.Equal([(6, "expected"), (9, "expected"), (10, "expected"), (11, "unexpected")], failures);
        Assert.Contains("expected P7 satisfied; the verdict is notSatisfied", result.Failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("expected no finding of PC0701 on this line; found: ", result.Failures[1].Message, StringComparison.Ordinal);
        Assert.Contains("expected a finding of PC0703 on this line; found none", result.Failures[2].Message, StringComparison.Ordinal);
        Assert.Contains("unexpected PC0702", result.Failures[3].Message, StringComparison.Ordinal);
        Assert.All(result.Failures, f => Assert.EndsWith("hygiene-fail.yaml", f.File, StringComparison.Ordinal));
    }

    [Fact]
    public void AssertExpectations_FailingFixture_ThrowsWithEveryFailure()
    {
        var result = PackFixture.Run(Fixture("hygiene-fail.yaml"), Evaluator, HygieneOnly);

        var error = Assert.Throws<FixtureAssertionException>(result.AssertExpectations);
        Assert.Contains("4 expectation(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("hygiene-fail.yaml:11: unexpected PC0702", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunFolder_Fixtures_RunsEachInOrder()
    {
        var results = PackFixture.RunFolder(Path.Combine(AppContext.BaseDirectory, "fixtures"), Evaluator, HygieneOnly);

        Assert.Equal(["hygiene-fail.yaml", "hygiene-pass.yaml"], results.Select(r => Path.GetFileName(r.File)));
        Assert.Equal([false, true], results.Select(r => r.Passed));
    }

    [Fact]
    public void Run_WithPacks_EvaluatesOnlyThosePacks()
    {
        var result = PackFixture.Run(Fixture("hygiene-pass.yaml"), new ParisCallPack());

        Assert.False(result.Passed); // every other Paris Call finding in the document is unexpected
        Assert.Contains(result.Failures, f => f.Message.StartsWith("unexpected NE0201", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# expect-not: PC0701 (not exposed)", "'PC0701 (not exposed)' is not a rule ID")]
    [InlineData("# expect-not: PC0799", "PC0799 names no loaded rule")]
    public void Run_AnnotationThatCanNeverMatch_Fails(string annotation, string message)
    {
        using var workspace = new Workspace("norms-fixture-");
        var file = workspace.Write("f.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\nhygiene:\n  mfa:\n    adminPct: 100\n    " + annotation + "\n    externalAppsPct: 100\n    remoteAccessPct: 100\n");

        var result = PackFixture.Run(file, Evaluator, HygieneOnly);

        Assert.Contains(message, Assert.Single(result.Failures).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P7 notAssessed", true)]
    [InlineData("P7 notApplicable", false)]
    public void Run_ExpectVerdictOfAPrincipleTurnedOff_NotAssessedHolds(string expectation, bool passes)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("norms-fixture-").FullName, "f.yaml");
        File.WriteAllText(file, $"# expect-verdict: {expectation}\napiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\nhygiene:\n  mfa:\n    adminPct: 80\n");
        var options = new EvaluationOptions { Severities = new Dictionary<string, Diagnostics.Severity> { ["PC*"] = Diagnostics.Severity.None, ["P7"] = Diagnostics.Severity.None } };

        var result = PackFixture.Run(file, Evaluator, options);

        Assert.Equal(passes, result.Passed);
        Assert.True(passes || result.Failures[0].Message == "expected P7 notApplicable; the verdict is notAssessed", string.Join("\n", result.Failures));
    }

    [Fact]
    public void Run_ExpectVerdictWithAWordThatIsNoVerdict_FailsListingTheVerdicts()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("norms-fixture-").FullName, "f.yaml");
        File.WriteAllText(file, "# expect-verdict: P7 notassessed\napiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\n");

        var result = PackFixture.Run(file, Evaluator, HygieneOnly);

        Assert.Equal(
            "'notassessed' is not a verdict; verdicts are satisfied, partiallySatisfied, notSatisfied, undetermined, notApplicable, notAssessed",
            Assert.Single(result.Failures).Message);
    }
}
