using System.Diagnostics;
using NormsEngine.Cli.Inputs;
using NormsEngine.Cli.Output;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// The run behind <c>check</c> and <c>baseline create</c>: expand the inputs, load the effective configuration and
/// the baseline (<see cref="Prepare"/>), then read, bind and evaluate the documents as a pipeline
/// (<see cref="Execute"/>): files go through a bounded window in parallel, each document's report is handed over in
/// sorted input order as soon as it and every earlier one are done, and the document itself is dropped. Nothing
/// grows with the number of documents except what the caller keeps.
/// </summary>
internal sealed class CheckRun
{
    private readonly Terminal _terminal;
    private readonly DocumentLoader _loader;

    private CheckRun(
        IReadOnlyList<DocumentInput> inputs,
        INormsEvaluator evaluator,
        EvaluationOptions options,
        NormsConfiguration configuration,
        Severity failOn,
        RunSettings settings,
        Terminal terminal,
        Stopwatch clock)
    {
        Inputs = inputs;
        Evaluator = evaluator;
        Options = options;
        Configuration = configuration;
        FailOn = failOn;
        Settings = settings;
        _terminal = terminal;
        Clock = clock;
        _loader = new DocumentLoader(options.Limits);
        Read = ReadInput;
    }

    /// <summary>The inputs, in sorted order: the order of the outputs.</summary>
    public IReadOnlyList<DocumentInput> Inputs { get; }

    /// <summary>The evaluator over the run's packs.</summary>
    public INormsEvaluator Evaluator { get; }

    /// <summary>The evaluation options: the configuration's severities, thresholds and suppressions, the baseline, the as-of date.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>The effective configuration.</summary>
    public NormsConfiguration Configuration { get; }

    /// <summary>The effective failing severity.</summary>
    public Severity FailOn { get; }

    /// <summary>The settings the outputs state.</summary>
    public RunSettings Settings { get; }

    /// <summary>Started when the run started.</summary>
    public Stopwatch Clock { get; }

    /// <summary>Most inputs in flight at once.</summary>
    public int Window { get; set; } = OrderedWindow.DefaultSize;

    /// <summary>
    /// Reads one input's documents (on a worker thread): the file, or standard input. Throws
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot. Tests replace it to
    /// watch the order of reads.
    /// </summary>
    public Func<DocumentInput, IReadOnlyList<PracticesDocument>> Read { get; set; }

    /// <summary>
    /// Expands the inputs and loads the configuration, packs and baseline; reports problems that stop the run on
    /// standard error and returns <c>null</c> for them (exit code 2).
    /// </summary>
    public static CheckRun? Prepare(CheckSettings settings, Terminal terminal)
    {
        var clock = Stopwatch.StartNew();
        var currentDirectory = Directory.GetCurrentDirectory();
        var (inputs, problems) = InputExpansion.Expand(settings.Inputs, currentDirectory);
        foreach (var problem in problems)
        {
            terminal.Error.WriteLine($"norms: {problem}");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var effective = ConfigurationFile.LoadEffective(settings.ConfigurationFile, StartDirectory(inputs, currentDirectory));
        var configuration = effective.Configuration;
        if (!Composition.TryCompose(effective, settings.Packs, terminal.Error, out var evaluator, out var packSpecs))
        {
            return null;
        }

        // A YAML pack kept next to the documents is a pack, not a document to check.
        var packFiles = packSpecs.Where(p => Composition.KindOf(p) == PackKind.Yaml).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        inputs = [.. inputs.Where(i => i.FullPath is null || !packFiles.Contains(i.FullPath))];
        var options = EvaluationOptions.FromConfiguration(configuration) with { AsOf = settings.AsOf };
        if (settings.UseBaseline && (settings.BaselineFile ?? configuration.Baseline) is { } baselineFile)
        {
            try
            {
                options = options with { Baseline = Baseline.Load(InputExpansion.DisplayPath(Path.GetFullPath(baselineFile), currentDirectory)) };
            }
            catch (BaselineException ex)
            {
                terminal.Error.WriteLine($"norms: {ex.Message}");
                terminal.Error.WriteLine("norms: create the baseline with 'norms baseline create', or pass another one with --baseline FILE.");
                return null;
            }
        }

        var failOn = settings.FailOn ?? configuration.FailOn;
        var runSettings = new RunSettings
        {
            ConfigurationFile = configuration.File is { } file ? InputExpansion.DisplayPath(Path.GetFullPath(file), currentDirectory) : null,
            FailOn = failOn,
            Packs = packSpecs,
            SeverityOverrides = configuration.Severities,
            ThresholdOverrides = configuration.Thresholds,
        };
        return new CheckRun(inputs, evaluator, options, configuration, failOn, runSettings, terminal, clock);
    }

    /// <summary>
    /// Evaluates every input and hands each document's report to <paramref name="document"/>, in input order, on
    /// the calling thread. An input that cannot be read is reported on standard error when its turn comes, and is an
    /// NE0008 run finding, so that every report says what the exit code says.
    /// </summary>
    /// <param name="document">Receives each report, and whether its file holds several documents.</param>
    /// <param name="progress">Shows the inputs done, or <c>null</c>.</param>
    /// <returns>What the run found beyond the documents.</returns>
    public RunResult Execute(Action<DocumentReport, bool> document, ProgressBar? progress = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var accumulator = Evaluator is NormsEvaluator evaluator
            ? evaluator.StartRun(Options)
            : new RunAccumulator(Options, DateOnly.FromDateTime(DateTime.UtcNow));
        var tally = new ReportTally();
        var unreadable = new List<Finding>();
        var done = 0;
        foreach (var (reports, failure, finding) in OrderedWindow.Run(Inputs, Evaluate, Window))
        {
            if (failure is not null && finding is not null)
            {
                progress?.Clear();
                _terminal.Error.WriteLine(failure);
                unreadable.Add(finding);
            }

            var multiple = reports.Length > 1;
            foreach (var report in reports)
            {
                accumulator.Add(report);
                tally.AddDocument(report);
                document(report, multiple);
            }

            progress?.Report(++done);
        }

        IReadOnlyList<Finding> runFindings = [.. unreadable, .. accumulator.RunFindings()];
        foreach (var finding in runFindings)
        {
            tally.AddRunFinding(finding);
        }

        return new RunResult(runFindings, accumulator.BaselineSummary(), tally, unreadable.Count > 0);
    }

    /// <summary>Where discovery of <c>norms.config.yaml</c> starts: the deepest folder that holds every input.</summary>
    private static string StartDirectory(IReadOnlyList<DocumentInput> inputs, string currentDirectory)
    {
        string[]? common = null;
        foreach (var input in inputs)
        {
            var folder = input.FullPath is { } full ? Path.GetDirectoryName(full) ?? currentDirectory : currentDirectory;
            var segments = folder.Split(Path.DirectorySeparatorChar);
            common = common is null ? segments : [.. common.Zip(segments).TakeWhile(p => p.First == p.Second).Select(p => p.First)];
        }

        return common is null || common.Length == 0 ? currentDirectory
            : common.Length == 1 && common[0].Length == 0 ? Path.DirectorySeparatorChar.ToString()
            : string.Join(Path.DirectorySeparatorChar, common);
    }

    /// <summary>
    /// The NE0008 run finding for an input that could not be read: at the input (line 1, column 1, where code
    /// scanning can show it), with the operating system's reason. Never lowered, suppressed or baselined.
    /// </summary>
    internal static Finding Unreadable(string displayPath, string reason) =>
        new(EngineDiagnostics.InputUnreadable, $"The input could not be read: {reason}", new SourceLocation(displayPath, string.Empty, 1, 1, 1, 1));

    /// <summary>Reads, binds and evaluates one input on a worker thread; its documents are dropped once evaluated.</summary>
    private (DocumentReport[] Reports, string? Failure, Finding? Unreadable) Evaluate(DocumentInput input)
    {
        IReadOnlyList<PracticesDocument> documents;
        try
        {
            documents = Read(input);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Missing(input) is { } missing)
            {
                return ([], $"norms: {MessageText.Line(missing)}.", Unreadable(input.DisplayPath, missing + "."));
            }

            return ([], $"norms: cannot read '{MessageText.Line(input.DisplayPath)}': {MessageText.Line(ex.Message)}", Unreadable(input.DisplayPath, ex.Message));
        }

        var reports = new DocumentReport[documents.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = Evaluator.Evaluate(documents[i], Options);
        }

        return (reports, null, null);
    }

    /// <summary>
    /// What a missing input is, in the words its argument suggests (the system's reason would call a missing folder a
    /// file, with the machine's full path), or <c>null</c> when the input exists.
    /// </summary>
    internal static string? Missing(DocumentInput input)
    {
        if (input.FullPath is not { } path || File.Exists(path) || Directory.Exists(path))
        {
            return null;
        }

        var name = input.DisplayPath;
        return name.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar) ? $"the folder '{name}' does not exist"
            : name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? $"the file '{name}' does not exist"
            : $"no file or folder named '{name}'";
    }

    private IReadOnlyList<PracticesDocument> ReadInput(DocumentInput input)
    {
        if (input.FullPath is not { } path)
        {
            // Bytes, as a file's are read: a console decoder would replace invalid UTF-8 instead of reporting it.
            return _loader.Load(_terminal.Input, DocumentInput.StandardInputName);
        }

        // Load reads in large chunks: no buffer of the stream's own.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return _loader.Load(stream, input.DisplayPath);
    }
}

/// <summary>What a run found beyond its documents.</summary>
/// <param name="RunFindings">NE0008 for each input that could not be read, in input order, then the configuration suppressions' NE0301, NE0302 and NE0303.</param>
/// <param name="Baseline">The baseline summary, or <c>null</c> when the run has no baseline.</param>
/// <param name="Tally">The counts over every document and the run findings.</param>
/// <param name="Unreadable">Whether some input could not be read (exit code 2 after the outputs).</param>
internal sealed record RunResult(IReadOnlyList<Finding> RunFindings, BaselineSummary? Baseline, ReportTally Tally, bool Unreadable);
