using System.Diagnostics;
using NormsEngine.Cli.Inputs;
using NormsEngine.Cli.Output;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;

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
        Source = SourceOf;
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

    /// <summary>
    /// Whether the explanations and the source text are only for the html output (it was requested, <c>--explain</c>
    /// was not): the other outputs get each document without them, as if the run had not made them.
    /// </summary>
    public bool HtmlOnly { get; init; }

    /// <summary>Started when the run started.</summary>
    public Stopwatch Clock { get; }

    /// <summary>Most inputs evaluated at once; -1 for one per processor (two inputs per processor are in flight).</summary>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>
    /// The source an input is read from: the file, or standard input's bytes. Tests replace it to watch the order
    /// of reads.
    /// </summary>
    public Func<DocumentInput, DocumentSource> Source { get; set; }

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
        var options = EvaluationOptions.FromConfiguration(configuration) with
        {
            AsOf = settings.AsOf,

            // The html report quotes the YAML and asks for missing data in the field catalogue's words (the explanations'
            // questions); the other outputs get neither unless asked (HtmlOnly).
            Explain = settings.Explain || settings.IncludeSourceText,
            IncludeSourceText = settings.IncludeSourceText,
        };
        if (options.Explain)
        {
            // Explanations name the configuration's lines by the file as the run's settings show it, not its full path.
            options = options with
            {
                SettingLocations = configuration.Locations.ToDictionary(
                    l => l.Key,
                    l => l.Value.File is { } at ? l.Value with { File = InputExpansion.DisplayPath(Path.GetFullPath(at), currentDirectory) } : l.Value,
                    StringComparer.Ordinal),
            };
        }
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
        return new CheckRun(inputs, evaluator, options, configuration, failOn, runSettings, terminal, clock) { HtmlOnly = settings.IncludeSourceText && !settings.Explain };
    }

    /// <summary>
    /// Evaluates every input through the library's run and hands each document's report to <paramref name="document"/>,
    /// in input order, on the calling thread. An input that cannot be read is reported on standard error when its
    /// turn comes, and is an NE0008 run finding, so that every report says what the exit code says.
    /// </summary>
    /// <param name="document">Receives each report, and whether its file holds several documents.</param>
    /// <param name="progress">Shows the inputs done, or <c>null</c>.</param>
    /// <returns>What the run found beyond the documents.</returns>
    public RunResult Execute(Action<DocumentReport, bool> document, ProgressBar? progress = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = Evaluator.StartRun(Options, MaxDegreeOfParallelism);
        var done = 0;
        foreach (var input in run.Evaluate(Inputs.Select(i => Source(i))))
        {
            if (input.Problem is { } problem)
            {
                progress?.Clear();
                _terminal.Error.WriteLine($"norms: {problem}");
            }

            foreach (var report in input.Documents)
            {
                document(report, input.HasSeveralDocuments);
            }

            progress?.Report(++done);
        }

        return run.Complete();
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

    /// <summary>The source of an input: its file, or standard input's bytes (read as a file is: strict UTF-8).</summary>
    private DocumentSource SourceOf(DocumentInput input) =>
        input.FullPath is { } path
            ? DocumentSource.FromFile(path, input.DisplayPath)
            : DocumentSource.FromStream(() => _terminal.Input, DocumentInput.StandardInputName);
}
