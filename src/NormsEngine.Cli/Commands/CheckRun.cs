using System.Diagnostics;
using NormsEngine.Cli.Inputs;
using NormsEngine.Cli.Output;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// The run behind <c>check</c> and <c>baseline create</c>: expand the inputs, load the effective configuration
/// and the baseline, read the documents, evaluate them all in parallel, and state the settings in the report.
/// </summary>
/// <param name="Report">The report, documents in sorted input order.</param>
/// <param name="Configuration">The effective configuration.</param>
/// <param name="FailOn">The effective failing severity.</param>
/// <param name="Unreadable">Whether some input could not be read (exit code 2 after the outputs).</param>
/// <param name="Clock">Started when the run started.</param>
internal sealed record CheckRun(Report Report, NormsConfiguration Configuration, Severity FailOn, bool Unreadable, Stopwatch Clock)
{
    /// <summary>Runs; reports problems that stop the run on standard error and returns <c>null</c> for them (exit code 2).</summary>
    public static CheckRun? Execute(CheckSettings settings, Terminal terminal)
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

        var (documents, unreadable) = Read(inputs, new DocumentLoader(options.Limits), terminal);
        Report report;
        using (var progress = ProgressBar.Start(terminal, documents.Count, clock))
        {
            report = evaluator.EvaluateAll(documents, options, progress);
        }

        var failOn = settings.FailOn ?? configuration.FailOn;
        report = report with
        {
            Settings = new RunSettings
            {
                ConfigurationFile = configuration.File is { } file ? InputExpansion.DisplayPath(Path.GetFullPath(file), currentDirectory) : null,
                FailOn = failOn,
                Packs = packSpecs,
                SeverityOverrides = configuration.Severities,
                ThresholdOverrides = configuration.Thresholds,
            },
        };
        return new CheckRun(report, configuration, failOn, unreadable, clock);
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

    private static (List<PracticesDocument> Documents, bool Unreadable) Read(IReadOnlyList<DocumentInput> inputs, DocumentLoader loader, Terminal terminal)
    {
        // Standard input is read once, up front; files are read in parallel, and kept in input order.
        var loaded = new IReadOnlyList<PracticesDocument>?[inputs.Count];
        var failures = new string?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].IsStandardInput)
            {
                loaded[i] = loader.Load(terminal.Input.ReadToEnd(), DocumentInput.StandardInputName);
            }
        }

        Parallel.For(0, inputs.Count, i =>
        {
            if (inputs[i].FullPath is not { } path)
            {
                return;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
                loaded[i] = loader.Load(stream, inputs[i].DisplayPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures[i] = $"norms: cannot read '{inputs[i].DisplayPath}': {ex.Message}";
            }
        });

        foreach (var failure in failures.OfType<string>())
        {
            terminal.Error.WriteLine(failure);
        }

        return ([.. loaded.Where(d => d is not null).SelectMany(d => d!)], failures.Any(f => f is not null));
    }
}
