using Microsoft.Extensions.DependencyInjection;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

public class NormsEvaluatorConcurrencyTests
{
    [Fact]
    public void Evaluate_EightThreadsTimesAThousand_IdenticalToASequentialRun()
    {
        // One shared evaluator (as DI gives it) over a C# pack; the samples are read once.
        var evaluator = new ServiceCollection()
            .AddNormsEngine(b => b.AddRulePack<TestPack>())
            .BuildServiceProvider()
            .GetRequiredService<INormsEvaluator>();
        var samples = NormsEvaluatorAsyncTests.Samples().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToArray();
        var options = new EvaluationOptions { AsOf = new DateOnly(2026, 10, 15) };
        var expected = samples.Select(s => Signature(evaluator.EvaluateYaml(s.Text, s.Name, options))).ToArray();
        Assert.True(expected.Distinct().Count() == samples.Length, "the samples give distinct reports");

        // The signature holds everything the JSON report holds per document; checked once against the JSON itself.
        Assert.All(samples, s => Assert.Equal(
            NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, options)),
            NormsEvaluatorAsyncTests.Json(evaluator.EvaluateYaml(s.Text, s.Name, options))));

        const int Threads = 8;
        const int PerThread = 1000;
        var mismatches = new int[Threads];
        var ready = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            ready.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                var k = ((t * 7) + i) % samples.Length; // every thread walks the samples from a different place
                if (Signature(evaluator.EvaluateYaml(samples[k].Text, samples[k].Name, options)) != expected[k])
                {
                    mismatches[t]++;
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(new int[Threads], mismatches);
    }

    /// <summary>Every document's verdicts, findings (with locations, fingerprints, suppression) and evidence, in order.</summary>
    private static string Signature(Report report) => string.Join("\n", report.Documents.Select(d =>
        $"{d.File}#{d.Index} {d.AsOf} {d.AsOfSource} {d.Evaluated}\n"
        + string.Join("\n", d.Principles.Select(p => $"{p.Principle.Id} {p.Verdict} {p.Score} {p.FailedError}"))
        + "\n" + string.Join("\n", d.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Location} {f.Message} {f.Fingerprint} {f.IsSuppressed} {f.BaselineState}"))
        + "\n" + string.Join("\n", d.Passed)));
}
