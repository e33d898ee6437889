using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Diagnostics;

/// <summary>
/// A seeded fuzz over hostile mutations of the bundled samples: diagnosing, fixing everything and writing the
/// questionnaire end within their bound and never throw, whatever the text; what "fix all" leaves has nothing more
/// to fix (the fixes are idempotent on broken input too).
/// </summary>
public sealed class CodeFixesFuzzTests
{
    private const int Seed = 16_2026;
    private const int PerSample = 25;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(15);

    [Fact]
    public void FixAllAndAddMissing_MutatedSamples_EndWithoutThrowingAndFixAllIsIdempotent()
    {
        var samples = Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        var fixedSome = 0;
        for (var s = 0; s < samples.Count; s++)
        {
            var original = File.ReadAllText(samples[s]);
            for (var i = 0; i < PerSample; i++)
            {
                var random = new Random(Seed + (s * PerSample) + i);
                var text = HostileMutator.MutateYaml(original, random);
                var input = Bounded.Describe($"{Path.GetFileName(samples[s])}, mutation {i}", text);

                var (repaired, applied, again, questionnaire) = Bounded.Input(input, PerInput, () =>
                {
                    var (result, count) = CodeFixes.FixAll(text, "fuzz.yaml");
                    var second = CodeFixes.FixAll(result, "fuzz.yaml").Applied;
                    var missing = CodeFixes.AddMissing(result, CodeFixes.Diagnose(result, "fuzz.yaml"));
                    var asked = missing is null ? result : CodeFixes.Apply(result, [missing]);
                    CodeFixes.Diagnose(asked, "fuzz.yaml");
                    return (result, count, second, asked);
                });

                fixedSome += applied > 0 ? 1 : 0;
                Assert.True(again == 0, $"{input}\nfix all left {again} fix(es) for a second pass:\n{repaired}");
                Assert.NotNull(questionnaire);
            }
        }

        // The mutations include mistyped names and values: some of them must have been repaired.
        Assert.True(fixedSome > 0, "no mutated sample had anything to fix");
    }
}
