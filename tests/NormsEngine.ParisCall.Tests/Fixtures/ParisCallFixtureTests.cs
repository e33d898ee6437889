using NormsEngine.Engine;
using NormsEngine.Testing;

namespace NormsEngine.ParisCall.Tests.Fixtures;

/// <summary>
/// Runs the Paris Call rule fixtures with the shipped <see cref="PackFixture"/> verifier: the fires / passes /
/// insufficient data / not applicable cases of every rule. Exact messages and columns stay in the per-rule classes.
/// </summary>
public class ParisCallFixtureTests
{
    private static readonly NormsEvaluator Evaluator = new([new ParisCallPack()]);

    public static TheoryData<string> Fixtures => [.. RuleFixtures.Files()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Run_Fixture_ExpectationsHold(string fixture)
    {
        var rule = RuleFixtures.RuleOf(fixture);
        Assert.True(rule is not null, $"{fixture} is not named after a rule (like PC0702.yaml).");

        var result = PackFixture.Run(RuleFixtures.PathOf(fixture), Evaluator, RuleFixtures.OptionsFor(rule));

        Assert.Equal(RuleFixtures.DocumentCount(fixture), result.Report.Documents.Count);
        Assert.All(result.Report.Documents, d => Assert.True(d.Evaluated, $"Document {d.Index + 1} of {fixture} did not load."));
        result.AssertExpectations();
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Annotations_Fixture_NameOnlyItsRuleAndEachDocumentHasOne(string fixture)
    {
        // Every other Paris Call rule is off while a fixture runs: an annotation of another rule could never fire,
        // and its expect-not would hold whatever the document says.
        var rule = RuleFixtures.RuleOf(fixture);
        var annotations = RuleFixtures.Annotations(fixture);

        Assert.All(annotations, a => Assert.True(a.Id == rule || a.Id.StartsWith("NE", StringComparison.Ordinal), $"{fixture}, document {a.Document}: {a.Id} is not under test here."));
        var bare = Enumerable.Range(1, RuleFixtures.DocumentCount(fixture)).Where(d => !annotations.Any(a => a.Document == d)).ToArray();
        Assert.True(bare.Length == 0, $"{fixture}: documents {string.Join(", ", bare)} have no expect or expect-not annotation.");
    }

    [Fact]
    public void Fixtures_EveryRule_HasAFiringAndANonFiringCase()
    {
        var files = RuleFixtures.Files();
        var missing = new List<string>();
        foreach (var descriptor in new ParisCallPack().Descriptors)
        {
            var annotations = files.Where(f => RuleFixtures.RuleOf(f) == descriptor.Id).SelectMany(RuleFixtures.Annotations).ToArray();
            if (!annotations.Any(a => a.Kind == "expect" && a.Id == descriptor.Id))
            {
                missing.Add($"{descriptor.Id} has no fixture where it fires (annotate a value with '# expect: {descriptor.Id}' in a {descriptor.Id}.yaml fixture)");
            }

            if (!annotations.Any(a => a.Kind == "expect-not" && a.Id == descriptor.Id))
            {
                missing.Add($"{descriptor.Id} has no fixture where it does not fire (annotate a value with '# expect-not: {descriptor.Id}' in a {descriptor.Id}.yaml fixture)");
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Fixtures_EachFile_IsNamedAfterARuleAndSitsInItsPrinciplesFolder()
    {
        var principles = new ParisCallPack().Descriptors.ToDictionary(d => d.Id, d => d.Principle, StringComparer.Ordinal);

        Assert.All(RuleFixtures.Files(), f =>
        {
            var id = RuleFixtures.RuleOf(f);
            Assert.True(id is not null && principles.ContainsKey(id), $"{f} is not named after a Paris Call rule.");

            // P7CyberHygiene/PC0702.yaml: the folder is the principle's, as for the rules in src/ and their tests.
            var folder = f.Split('/')[0];
            var principle = principles[id];
            Assert.NotNull(principle);
            Assert.True(folder.StartsWith(principle, StringComparison.Ordinal) && folder.Length > principle.Length && char.IsLetter(folder[principle.Length]), $"{f} is not in its principle's folder ({principle}...).");
        });
    }
}
