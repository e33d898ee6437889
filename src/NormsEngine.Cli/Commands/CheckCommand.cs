using System.CommandLine;
using System.CommandLine.Parsing;
using NormsEngine.Cli.Output;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms check INPUTS...</c>: evaluates documents and writes the report in one or more formats.</summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var run = new RunOptions();
        var format = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", OutputFormats.Names)}. Repeat it for several outputs; each may be followed by its --output FILE. Default: text.",
            HelpName = "NAME",
        };
        format.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        var output = new Option<string[]>("--output", "-o")
        {
            Description = "The file the preceding --format writes to; a format without --output writes to standard output.",
            HelpName = "FILE",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A baseline from 'norms baseline create': its findings are reported as baselined and do not fail the run. Default: the configuration's baseline.",
            HelpName = "FILE",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "The lowest severity that fails the run (exit code 1): error, warning, info or none. Default: the configuration's failOn, else error.",
            HelpName = "SEVERITY",
        };
        failOn.AcceptOnlyFromAmong([.. SeverityNames.All]);
        var showPassed = new Option<bool>("--show-passed")
        {
            Description = "In text output, also list the rules that passed (the evidence).",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Explain every outcome (scope, values read with their lines, thresholds and their sources, as-of date) in the JSON output; 'norms explain' shows the same for people.",
        };
        var command = new DocumentedCommand(
            "check",
            "Check practices documents against the Paris Call principles.",
            "norms check samples/organisations/hospital.yaml",
            "norms check samples/organisations --as-of 2026-12-31",
            "norms check samples/organisations --format html --output report.html",
            "norms check \"samples/**/*.yaml\" --format sarif --output norms.sarif --format github",
            "norms check policies --baseline norms.baseline.json --fail-on warning",
            "cat my-org.yaml | norms check - --format json")
        {
            Notes = "Exit codes: 0 no active finding at or above failOn, 1 at least one or a document that could not be evaluated (unless failOn is none), 2 the tool could not do its job.",
        };
        run.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(baseline);
        command.Options.Add(failOn);
        command.Options.Add(showPassed);
        command.Options.Add(explain);
        command.SetAction(parse =>
        {
            var requests = PairFormats(parse, format, output, out var pairingError);
            if (pairingError is not null)
            {
                terminal.Error.WriteLine($"norms: {pairingError}");
                return ExitCodes.ToolFailure;
            }

            var settings = run.Read(parse, parse.GetValue(baseline), useBaseline: true, SeverityNames.TryParse(parse.GetValue(failOn), ignoreCase: false, out var f) ? f : null)
                with
                {
                    Explain = parse.GetValue(explain),

                    // Only the html format quotes the YAML around findings; the others never hold the input's text.
                    IncludeSourceText = requests.Any(r => string.Equals(r.Format, "html", StringComparison.OrdinalIgnoreCase)),
                };
            return Run(settings, requests, parse.GetValue(showPassed), terminal);
        });
        return command;
    }

    /// <summary>
    /// Pairs each <c>--output</c> with the <c>--format</c> just before it, in command-line order (an
    /// <c>--output</c> before any <c>--format</c> goes to the next one). At most one format writes to standard output.
    /// </summary>
    internal static List<FormatRequest> PairFormats(ParseResult parse, Option format, Option output, out string? error)
    {
        var formats = new List<(string Name, string? File)>();
        var waiting = new Queue<string>();
        error = null;
        var tokens = parse.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument)
            {
                continue;
            }

            if (Names(format, tokens[i].Value))
            {
                formats.Add((tokens[i + 1].Value, waiting.Count > 0 ? waiting.Dequeue() : null));
                i++;
            }
            else if (Names(output, tokens[i].Value))
            {
                var file = tokens[i + 1].Value;
                i++;
                if (formats.Count > 0 && formats[^1].File is null)
                {
                    formats[^1] = (formats[^1].Name, file);
                }
                else if (formats.Count > 0)
                {
                    error = $"--output {file} follows --format {formats[^1].Name}, which already has an output; give each --format at most one --output.";
                    return [];
                }
                else
                {
                    waiting.Enqueue(file);
                }
            }
        }

        if (formats.Count == 0)
        {
            formats.Add((OutputFormats.Text, waiting.Count > 0 ? waiting.Dequeue() : null));
        }

        if (waiting.Count > 0)
        {
            error = $"--output {waiting.Peek()} has no --format to write.";
            return [];
        }

        var onStandardOutput = formats.Where(f => f.File is null).Select(f => f.Name).ToList();
        if (onStandardOutput.Count > 1)
        {
            error = $"only one format can write to standard output, but {string.Join(" and ", onStandardOutput)} would; give the others --output FILE.";
            return [];
        }

        return [.. formats.Select(f => new FormatRequest(f.Name, f.File))];
    }

    private static bool Names(Option option, string token) =>
        option.Name == token || option.Aliases.Contains(token);

    private static int Run(CheckSettings settings, IReadOnlyList<FormatRequest> requests, bool showPassed, Terminal terminal) =>
        CheckRun.Prepare(settings, terminal) is { } run ? Run(run, requests, showPassed, terminal) : ExitCodes.ToolFailure;

    /// <summary>
    /// Evaluates the run and writes every output as it goes: each document as soon as it and every earlier one are
    /// done, in input order, by this one thread; then what only the end knows (run findings, summary).
    /// </summary>
    internal static int Run(CheckRun run, IReadOnlyList<FormatRequest> requests, bool showPassed, Terminal terminal)
    {
        var outputs = new List<ReportOutput>(requests.Count);
        var written = true;
        RunResult result;
        try
        {
            foreach (var request in requests)
            {
                if (ReportOutput.Open(request, showPassed, terminal) is { } output)
                {
                    outputs.Add(output);
                }
                else
                {
                    written = false;
                }
            }

            var header = new ReportHeader(run.Settings, ReportHeader.DefaultToolVersion);
            foreach (var output in outputs)
            {
                output.Begin(header);
            }

            // Output streaming to a terminal shows the progress itself; a bar would tangle with it.
            var outputOnTerminal = terminal.IsOutputInteractive && requests.Any(r => r.OutputFile is null);
            using (var progress = outputOnTerminal ? null : ProgressBar.Start(terminal, run.Inputs.Count, run.Clock))
            {
                result = run.Execute(
                    (document, multiple) =>
                    {
                        var plain = run.HtmlOnly ? document with { Explanations = [], SourceText = null } : document;
                        foreach (var output in outputs)
                        {
                            output.WriteDocument(output.IsHtml ? document : plain, multiple);
                        }
                    },
                    progress);
            }

            var end = new ReportEnd(result.RunFindings, result.Baseline, result.Tally);
            foreach (var output in outputs)
            {
                written &= output.End(end);
            }
        }
        finally
        {
            foreach (var output in outputs)
            {
                output.Dispose();
                written &= !output.Failed;
            }
        }

        var textOnStandardOutput = requests.Any(r => r.OutputFile is null && r.Format == OutputFormats.Text);
        if (!textOnStandardOutput)
        {
            terminal.Error.WriteLine(RunSummary.Describe(result.Tally, result.Baseline, run.Clock.Elapsed));
        }
        else if (terminal.IsErrorInteractive)
        {
            // The text output ends with its own summary; people at a terminal also get the time.
            terminal.Error.WriteLine($"Checked in {RunSummary.Seconds(run.Clock.Elapsed)}.");
        }

        return result.HasUnreadableInputs || !written ? ExitCodes.ToolFailure
            : result.Tally.Fails(run.FailOn) ? ExitCodes.Findings
            : ExitCodes.Success;
    }
}
