using NormsEngine.Cli.Commands;
using NormsEngine.Cli.Inputs;
using NormsEngine.Cli.Output;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// <c>norms check</c> evaluates as a pipeline and writes every output as it goes. These tests hold it to the
/// whole-report path it replaced (read every document, <c>EvaluateAll</c>, format the <see cref="Report"/>): the
/// same bytes in every format, with multi-document files, standard input, an unreadable file, configuration
/// suppressions of every kind and a baseline with new, unchanged and absent findings; and they watch that a
/// document is written before later files are read.
/// </summary>
public sealed class StreamingCheckTests : IDisposable
{
    private const string Configuration = """
        apiVersion: norms/v1
        kind: Configuration
        root: true
        failOn: warning
        rules:
          PC0902: info
          PC07*: error
        principles:
          P3: none
        suppressions:
          - rule: PC0708
            justification: The MRI consoles are segmented; replacements are ordered.
            owner: ciso@example.org
          - rule: PC0608
            document: "**/nothing.yaml"
            justification: Reassessment booked.
          - rule: PC0101
            path: incidentResponse.plan
            justification: Left over.
          - rule: PC0902
            justification: Replacements were due in 2019.
            expires: 2020-01-01
          - rule: PC0603
        """;

    private static readonly string[] Formats = ["text", "msbuild", "json", "sarif", "junit", "markdown", "github", "gitlab", "oscal", "html"];

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    public static TheoryData<string> AllFormats() => [.. Formats];

    [Theory]
    [MemberData(nameof(AllFormats))]
    public void Check_BundledSamples_StreamedOutputIsTheWholeReportOutput(string format)
    {
        string[] inputs = ["samples/organisations"];

        var streamed = CliRunner.Run(["check", .. inputs, "--format", format]);
        var expected = WholeReport(RepositoryPaths.Root, inputs, baseline: null, standardInput: null, format);

        AssertSameRun(format, expected, streamed);
    }

    [Theory]
    [MemberData(nameof(AllFormats))]
    public void Check_SuppressionsBaselineMultiDocumentStdinAndUnreadable_StreamedOutputIsTheWholeReportOutput(string format)
    {
        var stdin = Workspace.Sample("transit-isp.yaml") + "\n---\n" + Workspace.Sample("small-ngo.yaml");
        string[] inputs = ["docs", "-", "docs/missing.yaml"];
        PrepareWorkspace();

        var streamed = _workspace.RunWithInput(stdin, ["check", .. inputs, "--format", format, "--baseline", "norms.baseline.json"]);
        var expected = WholeReport(_workspace.Folder, inputs, "norms.baseline.json", stdin, format);

        Assert.Equal(2, streamed.Exit);
        Assert.Contains("norms: the file 'docs/missing.yaml' does not exist.\n", streamed.Error, StringComparison.Ordinal);
        Assert.Equal(["NE0008", "NE0301", "NE0302", "NE0302", "NE0303"], expected.Report.RunFindings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.Contains(expected.Report.Documents, d => d.Findings.Any(f => f.Suppression?.Kind == SuppressionKind.External));
        Assert.True(expected.Report.Baseline is { New: > 0, Unchanged: > 0, Absent: > 0 }, $"{expected.Report.Baseline}");
        Assert.Contains(expected.Report.Documents, d => d.Index == 1);
        AssertSameRun(format, expected, streamed);
    }

    [Fact]
    public void Check_ShowPassed_EvidenceAfterTheSummaryAsTheWholeReportGaveIt()
    {
        PrepareWorkspace();

        var streamed = _workspace.Run("check", "docs", "--show-passed");
        var expected = WholeReport(_workspace.Folder, ["docs"], baseline: null, standardInput: null);

        var evidence = new StringWriter { NewLine = "\n" };
        evidence.WriteLine();
        evidence.WriteLine("Passed rules (evidence):");
        foreach (var document in expected.Report.Documents.Where(d => d.Passed.Count > 0))
        {
            evidence.WriteLine($"  {document.File}{(document.Index > 0 ? $" (document {document.Index + 1})" : string.Empty)}");
            foreach (var passed in document.Passed)
            {
                evidence.WriteLine($"    {passed.RuleId} {passed.Principle} {(passed.Path.Length == 0 ? "(document)" : passed.Path)}");
            }
        }

        Assert.Equal(Write("text", expected.Report) + evidence, streamed.Output);
    }

    [Fact]
    public void Check_TextOutput_EachDocumentIsWrittenBeforeFilesBeyondTheWindowAreRead()
    {
        const int Files = 12;
        const int Window = 2;
        _workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\n");
        for (var i = 0; i < Files; i++)
        {
            _workspace.CopySample("small-ngo.yaml", $"docs/org-{i:00}.yaml");
        }

        var events = new List<string>();
        var output = new RecordingWriter(events);
        var terminal = new Terminal(output, new StringWriter(), Stream.Null);
        var settings = new CheckSettings([Path.Combine(_workspace.Folder, "docs")], null, null, UseBaseline: false, null, null, []);
        var run = CliRunner.InDirectory(_workspace.Folder, () => CheckRun.Prepare(settings, terminal));
        Assert.NotNull(run);
        run.MaxDegreeOfParallelism = Window / 2; // two inputs in flight per degree of parallelism
        run.Source = input => DocumentSource.FromStream(
            () =>
            {
                lock (events)
                {
                    events.Add("read " + Path.GetFileName(input.DisplayPath));
                }

                return File.OpenRead(input.FullPath!);
            },
            input.DisplayPath);

        var exit = CheckCommand.Run(run, [new FormatRequest("text", null)], showPassed: false, terminal);

        Assert.InRange(exit, 0, 1);
        string[] log;
        lock (events)
        {
            log = [.. events];
        }

        for (var i = 0; i < Files; i++)
        {
            var written = Array.IndexOf(log, $"write org-{i:00}.yaml");
            Assert.True(written >= 0, string.Join("\n", log));

            // At most the window is in flight: while document i is written, no file beyond i + window has been read.
            var later = Array.IndexOf(log, $"read org-{i + Window + 1:00}.yaml");
            Assert.True(i + Window + 1 >= Files || written < later, $"org-{i:00} was written after org-{i + Window + 1:00} was read:\n" + string.Join("\n", log));
        }
    }

    [Fact]
    public void Check_OneUnreadableFileAmongOthers_OthersAreReportedAndExitIs2()
    {
        _workspace.CopySample("hospital.yaml", "docs/a.yaml");
        _workspace.CopySample("hospital.yaml", "docs/c.yaml");

        var (exit, output, error) = _workspace.Run("check", "docs/a.yaml", "docs/b.yaml", "docs/c.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("docs/a.yaml - ", output, StringComparison.Ordinal);
        Assert.Contains("docs/c.yaml - ", output, StringComparison.Ordinal);
        Assert.StartsWith("2 documents: ", output.Split('\n')[^2], StringComparison.Ordinal);
        Assert.StartsWith("norms: the file 'docs/b.yaml' does not exist.\n", error, StringComparison.Ordinal);
    }

    private static void AssertSameRun(string format, Expected expected, (int Exit, string Output, string Error) streamed)
    {
        Assert.Equal(Write(format, expected.Report), streamed.Output);
        Assert.Equal(expected.Exit, streamed.Exit);
        if (format != "text")
        {
            // The summary on standard error, up to the time it took.
            var summary = streamed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.Equal(OldSummary(expected.Report), summary[..summary.LastIndexOf("; ", StringComparison.Ordinal)]);
        }
    }

    private static string Write(string format, Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormatters.Create(format).Write(report, writer);
        return writer.ToString();
    }

    /// <summary>The run as the tool computed it before it streamed: every document read, then <c>EvaluateAll</c> over them.</summary>
    /// <summary>The report the library gives for the run; the html output asks for evidence and source text, as the tool does for it.</summary>
    private static Expected WholeReport(string directory, string[] inputs, string? baseline, string? standardInput, string format = "text") =>
        CliRunner.InDirectory(directory, () =>
        {
            var terminal = new Terminal(TextWriter.Null, TextWriter.Null, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(standardInput ?? string.Empty)));
            var run = CheckRun.Prepare(new CheckSettings(inputs, null, baseline, UseBaseline: true, null, null, []), terminal);
            Assert.NotNull(run);
            var loader = new DocumentLoader(run.Options.Limits);
            var documents = new List<PracticesDocument>();
            var unreadable = new List<Finding>();
            foreach (var input in run.Inputs)
            {
                if (input.FullPath is not { } path)
                {
                    documents.AddRange(loader.Load(standardInput!, DocumentInput.StandardInputName));
                }
                else if (File.Exists(path))
                {
                    using var stream = File.OpenRead(path);
                    documents.AddRange(loader.Load(stream, input.DisplayPath));
                }
                else
                {
                    // A missing input is an NE0008 run finding, before the configuration's, that says what is missing.
                    Assert.Throws<FileNotFoundException>(() => File.OpenRead(path));
                    unreadable.Add(new Finding(EngineDiagnostics.InputUnreadable, $"The input could not be read: the file '{input.DisplayPath}' does not exist.", new SourceLocation(input.DisplayPath, string.Empty, 1, 1, 1, 1)));
                }
            }

            var options = format == "html" ? run.Options with { Explain = true, IncludeSourceText = true } : run.Options;
            var report = run.Evaluator.EvaluateAll(documents, options) with { Settings = run.Settings };
            report = report with { RunFindings = [.. unreadable, .. report.RunFindings] };
            return new Expected(report, unreadable.Count > 0 ? 2 : report.Fails(run.FailOn) ? 1 : 0);
        });

    /// <summary>
    /// The standard-error summary computed from a whole report: the text format's summary and baseline lines, each
    /// finding counted once (suppressed before baselined), no verdicts when there is none.
    /// </summary>
    private static string OldSummary(Report report)
    {
        var findings = report.AllFindings.ToList();
        var active = findings.Where(f => f.IsActive).ToList();
        var verdicts = report.Documents.SelectMany(d => d.Principles).GroupBy(p => p.Verdict).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {char.ToLowerInvariant(g.Key.ToString()[0])}{g.Key.ToString()[1..]}").ToList();
        var notEvaluated = report.Documents.Count(d => !d.Evaluated);
        var text = $"{Count(report.Documents.Count, "document")}{(notEvaluated > 0 ? $" ({notEvaluated} not evaluated)" : string.Empty)}: {Count(active.Count(f => f.Severity == Severity.Error), "error")}, "
            + $"{Count(active.Count(f => f.Severity == Severity.Warning), "warning")}, {Count(active.Count(f => f.Severity == Severity.Info), "info finding")}";
        if (verdicts.Count > 0)
        {
            text += $"; verdicts: {string.Join(", ", verdicts)}";
        }

        var suppressed = findings.Count(f => f.IsSuppressed);
        var baselined = findings.Count(f => !f.IsSuppressed && f.BaselineState == BaselineState.Unchanged);
        text += (suppressed > 0 ? $"; {suppressed} suppressed" : string.Empty) + (baselined > 0 ? $"; {baselined} baselined" : string.Empty);
        if (report.Baseline is { } b)
        {
            text += $"; baseline {b.File}: {b.New} new, {b.Unchanged} unchanged, {b.Absent} absent";
        }

        return text;

        static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
    }

    /// <summary>
    /// Documents with a multi-document file and one that does not parse, the configuration above, and a baseline
    /// taken before one document was removed (its findings are absent) and one added (its findings are new).
    /// </summary>
    private void PrepareWorkspace()
    {
        _workspace.Write("norms.config.yaml", Configuration);
        _workspace.CopySample("hospital.yaml", "docs/hospital.yaml");
        _workspace.CopySample("software-vendor.yaml", "docs/vendor.yaml");
        _workspace.Write("docs/multi.yaml", Workspace.Sample("political-party.yaml") + "\n---\n" + Workspace.Sample("news-broadcaster.yaml"));
        _workspace.CopySample("pentest-firm.yaml", "docs/removed.yaml");
        _workspace.Write("docs/broken.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata: [\n");
        var created = _workspace.Run("baseline", "create", "docs");
        Assert.True(created.Exit == 0, created.Error);
        File.Delete(Path.Combine(_workspace.Folder, "docs/removed.yaml"));
        _workspace.CopySample("dns-registry.yaml", "docs/added.yaml");
    }

    private sealed record Expected(Report Report, int Exit);

    /// <summary>Standard output that notes, among the reads, each document heading the text format writes.</summary>
    private sealed class RecordingWriter(List<string> events) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            var heading = value?.Split(" - ")[0];
            if (heading is not null && heading.EndsWith(".yaml", StringComparison.Ordinal) && !heading.Contains('('))
            {
                lock (events)
                {
                    events.Add("write " + Path.GetFileName(heading));
                }
            }
        }
    }
}
