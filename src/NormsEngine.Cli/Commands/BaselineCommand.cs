using System.CommandLine;
using NormsEngine.Cli.Inputs;
using NormsEngine.Cli.Output;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms baseline create</c>: records today's findings so that only new ones fail later runs.</summary>
internal static class BaselineCommand
{
    /// <summary>The baseline file when neither <c>--output</c> nor the configuration names one.</summary>
    public const string DefaultFile = "norms.baseline.json";

    public static Command Create(Terminal terminal)
    {
        var run = new RunOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"The baseline file to write; default: the configuration's baseline, else {DefaultFile}.",
            HelpName = "FILE",
        };
        var create = new DocumentedCommand(
            "create",
            "Write every current finding's fingerprint to a baseline file, so that only new findings fail later runs.",
            "norms baseline create samples/organisations",
            $"norms baseline create --output ci/{DefaultFile} \"policies/**/*.yaml\"")
        {
            Notes = "A fingerprint is the rule ID, document and YAML path, never a line number: reformatting keeps it. 'norms check --baseline FILE' reports baselined findings; they do not fail the run.",
        };
        run.AddTo(create);
        create.Options.Add(output);
        create.SetAction(parse =>
        {
            var settings = run.Read(parse, baseline: null, useBaseline: false, failOn: null);
            if (CheckRun.Prepare(settings, terminal) is not { } check)
            {
                return ExitCodes.ToolFailure;
            }

            // The baseline needs every finding, but nothing else of the documents.
            var findings = new List<Finding>();
            RunResult result;
            using (var progress = ProgressBar.Start(terminal, check.Inputs.Count, check.Clock))
            {
                result = check.Execute(
                    (document, _) =>
                    {
                        foreach (var finding in document.Findings)
                        {
                            if (finding.Fingerprint.Length > 0)
                            {
                                findings.Add(finding);
                            }
                        }
                    },
                    progress);
            }

            var file = parse.GetValue(output)
                ?? (check.Configuration.Baseline is { } configured ? InputExpansion.DisplayPath(Path.GetFullPath(configured), Directory.GetCurrentDirectory()) : DefaultFile);
            try
            {
                // Whole or not at all: a failed write keeps the previous baseline.
                var full = Path.GetFullPath(file);
                AtomicFile.Write(full, writer =>
                {
                    writer.NewLine = "\n";
                    Baseline.Write(new Report { RunFindings = findings }, writer);
                });
                var count = Baseline.Load(full).Fingerprints.Count;
                var documents = result.Tally.Documents;
                terminal.Output.WriteLine($"Wrote {count} finding{(count == 1 ? string.Empty : "s")} from {documents} document{(documents == 1 ? string.Empty : "s")} to {file}.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or BaselineException)
            {
                terminal.Error.WriteLine($"norms: cannot write '{file}': {ex.Message}");
                return ExitCodes.ToolFailure;
            }

            return result.HasUnreadableInputs ? ExitCodes.ToolFailure : ExitCodes.Success;
        });
        return new DocumentedCommand(
            "baseline",
            "Manage baselines: the findings a project has accepted for now.",
            "norms baseline create samples/organisations",
            "norms check samples/organisations --baseline norms.baseline.json")
        {
            create,
        };
    }
}
