using System.Text;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Engine;

public class NormsEvaluatorAsyncTests
{
    private const string Document = "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Test\n  assessedOn: 2026-01-10\nhygiene: { mfa: { adminPct: 80 }, patching: { osCadenceDays: 45 } }\nsupplyChain:\n  suppliers:\n    - { name: A, critical: true, securityClauses: false }\n";

    private static readonly NormsEvaluator Evaluator = new([new TestPack()]);

    private static readonly EvaluationOptions AsOf = new() { AsOf = new DateOnly(2026, 10, 15) };

    internal static string Json(Report report)
    {
        using var writer = new StringWriter();
        new JsonReportFormatter().Write(report, writer);
        return writer.ToString();
    }

    internal static string[] Samples() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "organisations"), "*.yaml").Order(StringComparer.Ordinal)];

    [Fact]
    public void EvaluateYaml_OneDocumentWithoutRunConfiguration_SameReportAsARun()
    {
        // One document and no suppressions, baseline or severities: the evaluator skips starting a run; the report is the run's.
        var evaluator = new NormsEvaluator([new TestPack()], options: new NormsEngineOptions { Thresholds = { ["cadenceDays"] = 60m } });
        var document = new DocumentLoader().Load(Document, "t.yaml")[0];
        var run = evaluator.StartRun(AsOf);
        var report = run.Evaluate(document);
        var result = run.Complete();
        var expected = Json(new Report { Documents = [report], RunFindings = result.RunFindings, Baseline = result.Baseline, Settings = run.Settings });

        Assert.Equal(expected, Json(evaluator.EvaluateYaml(Document, "t.yaml", AsOf)));
        Assert.Equal(expected, Json(evaluator.EvaluateYaml(Document, "t.yaml", AsOf)));
        Assert.Equal(expected, Json(evaluator.EvaluateAll([document], AsOf)));
        Assert.Contains("\"cadenceDays\"", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateYaml_CallersThresholdsChangedBetweenCalls_ReportFollowsThem()
    {
        // The evaluator keeps its policy between calls with the same options object; what the caller's mutable
        // dictionary says now is what both the findings and the recorded settings use, as a run does.
        var evaluator = new NormsEvaluator([new TestPack()], options: new NormsEngineOptions { Thresholds = { ["other"] = 1m } });
        var thresholds = new Dictionary<string, decimal> { ["cadenceDays"] = 60m };
        var options = new EvaluationOptions { AsOf = AsOf.AsOf, Thresholds = thresholds };

        var before = evaluator.EvaluateYaml(Document, "t.yaml", options);
        thresholds["cadenceDays"] = 30m;
        var after = evaluator.EvaluateYaml(Document, "t.yaml", options);
        var run = evaluator.StartRun(options);

        Assert.Equal(60m, before.Settings.ThresholdOverrides["cadenceDays"]);
        Assert.Equal(30m, after.Settings.ThresholdOverrides["cadenceDays"]);
        Assert.Equal(run.Settings.ThresholdOverrides, after.Settings.ThresholdOverrides);
        Assert.DoesNotContain(before.Documents[0].Findings, f => f.RuleId == "TST0201");
        Assert.Contains(after.Documents[0].Findings, f => f.RuleId == "TST0201");
    }

    [Fact]
    public void EvaluateAll_OneDocumentWithProgress_ReportsItDone()
    {
        var document = new DocumentLoader().Load(Document, "t.yaml")[0];
        var reported = new List<int>();

        Evaluator.EvaluateAll([document], AsOf, new Recorder(reported));

        Assert.Equal([1], reported);
    }

    /// <summary>Records progress as it is reported (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class Recorder(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }

    [Fact]
    public async Task EvaluateAsync_EveryOverload_GivesTheSameReportAsTheSyncCall()
    {
        var expected = Json(Evaluator.EvaluateYaml(Document, "t.yaml", AsOf));

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Document));
        using var reader = new StringReader(Document);
        Assert.Equal(expected, Json(await Evaluator.EvaluateAsync(stream, "t.yaml", AsOf)));
        Assert.Equal(expected, Json(await Evaluator.EvaluateAsync(reader, "t.yaml", AsOf)));
        Assert.Equal(expected, Json(await Evaluator.EvaluateYamlAsync(Document, "t.yaml", AsOf)));
    }

    [Fact]
    public async Task EvaluateFileAsync_Sample_SameReportAsEvaluateFile()
    {
        foreach (var sample in Samples())
        {
            Assert.Equal(Json(Evaluator.EvaluateFile(sample, AsOf)), Json(await Evaluator.EvaluateFileAsync(sample, AsOf)));
        }
    }

    [Fact]
    public async Task EvaluateAsync_StreamOverTheLimit_Ne0005WithoutReadingItAll()
    {
        var limits = new EvaluationOptions { Limits = new ReaderLimits { MaxInputBytes = 100 } };
        using var stream = new NonSeekableStream(new MemoryStream(new byte[1_000_000]));

        var report = await Evaluator.EvaluateAsync(stream, "big.yaml", limits);

        Assert.Equal("NE0005", Assert.Single(report.Documents[0].Findings).RuleId);
        Assert.True(stream.BytesRead <= 101 + 81920, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task EvaluateAsync_TextReaderOverTheLimit_Ne0005()
    {
        var limits = new EvaluationOptions { Limits = new ReaderLimits { MaxInputBytes = 100 } };

        var report = await Evaluator.EvaluateAsync(new StringReader(new string('#', 1000)), "big.yaml", limits);

        Assert.Equal("NE0005", Assert.Single(report.Documents[0].Findings).RuleId);
    }

    [Fact]
    public async Task EvaluateAsync_CancelledBeforeStart_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Evaluator.EvaluateYamlAsync(Document, "t.yaml", null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Evaluator.EvaluateAsync(new MemoryStream(Encoding.UTF8.GetBytes(Document)), "t.yaml", null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Evaluator.EvaluateAsync(new StringReader(Document), "t.yaml", null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Evaluator.EvaluateFileAsync(Samples()[0], null, cancelled.Token));
    }

    [Fact]
    public void DocumentLoader_CancelledDuringALongInput_StopsInsideTheYamlReader()
    {
        // 200,000 scalars: the reader checks the token every 1,000 events, so a token cancelled from another
        // thread stops it long before the end. Cancelled up front here to keep the test deterministic: the first
        // check inside the reader (not only the one at the start) must see it.
        var text = "a:\n" + string.Concat(Enumerable.Repeat("  - 1\n", 200_000));
        using var cancel = new CancellationTokenSource();
        var loader = new DocumentLoader(new ReaderLimits { MaxNodes = 1_000_000 });
        var reader = new YamlReader("long.yaml", loader.Limits, cancel.Token);
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => reader.Read(text));
        Assert.Throws<OperationCanceledException>(() => loader.Load(text, "long.yaml", cancel.Token));
    }

    [Fact]
    public async Task EvaluateManyAsync_Samples_YieldsEveryDocumentInInputOrderAsSequential()
    {
        var samples = Samples();
        var expected = samples.Select(s => Json(Evaluator.EvaluateFile(s, AsOf))).ToList();

        var actual = new List<DocumentReport>();
        await foreach (var report in Evaluator.EvaluateManyAsync(samples.Concat(samples), AsOf, maxDegreeOfParallelism: 3))
        {
            actual.Add(report);
        }

        Assert.Equal([.. samples, .. samples], actual.Select(r => r.File));
        Assert.Equal([.. expected, .. expected], actual.Select(r => Json(new Report { Documents = [r], Settings = new RunSettings { Packs = ["test"] } })));
    }

    [Fact]
    public async Task EvaluateManyAsync_CancelledDuringTheBatch_StopsWithOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var inputs = Enumerable.Range(0, 10_000).Select(i => Samples()[i % 3]);
        var yielded = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var report in Evaluator.EvaluateManyAsync(inputs, AsOf, 2, cancel.Token))
            {
                if (++yielded == 5)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.Equal(5, yielded);
    }

    [Fact]
    public async Task EvaluateManyAsync_CancelledBeforeStart_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var report in Evaluator.EvaluateManyAsync(Samples(), cancellationToken: cancel.Token))
            {
                Assert.Fail("nothing should be yielded");
            }
        });
    }

    [Fact]
    public void EvaluateManyAsync_InvalidParallelism_ThrowsAtOnce() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.EvaluateManyAsync(Samples(), maxDegreeOfParallelism: 0));

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
