using System.CommandLine;
using NormsEngine.Cli.Output;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms explain DOCUMENT</c>: why each principle's verdict is what it is. Per principle its verdict, score and
/// reason, then each rule's outcome with its evidence (scope, values with lines, thresholds with sources, the as-of
/// date) as an indented tree; <c>--format json</c> gives the JSON report with the explanations.
/// </summary>
internal static class ExplainCommand
{
    private static readonly string[] Formats = ["text", "json", "markdown"];

    public static Command Create(Terminal terminal)
    {
        var run = new RunOptions();
        var principle = new Option<string?>("--principle", "-p")
        {
            Description = "Only this principle (P1 to P9).",
            HelpName = "ID",
        };
        var rule = new Option<string?>("--rule", "-r")
        {
            Description = "Only this rule, for example PC0702.",
            HelpName = "ID",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, json or markdown.",
            DefaultValueFactory = _ => "text",
            HelpName = "NAME",
        };
        format.AcceptOnlyFromAmong(Formats);
        var command = new DocumentedCommand(
            "explain",
            "Explain the verdicts: each rule's outcome with the scope, values, thresholds and as-of date that decided it.",
            "norms explain samples/organisations/hospital.yaml --principle P6",
            "norms explain samples/organisations/transit-isp.yaml --rule PC0202",
            "norms explain my-org.yaml --format markdown > EXPLAINED.md",
            "norms explain my-org.yaml --format json")
        {
            Notes = "Exit codes: 0 explained, 1 a document could not be evaluated (its errors are shown), 2 the tool could not do its job.",
        };
        run.AddTo(command);
        command.Options.Add(principle);
        command.Options.Add(rule);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var settings = run.Read(parse, baseline: null, useBaseline: false, failOn: null) with { Explain = true };
            return Run(settings, new ExplainFilter(parse.GetValue(principle), parse.GetValue(rule)), parse.GetValue(format)!, terminal);
        });
        return command;
    }

    private static int Run(CheckSettings settings, ExplainFilter filter, string format, Terminal terminal)
    {
        if (CheckRun.Prepare(settings, terminal) is not { } run)
        {
            return ExitCodes.ToolFailure;
        }

        if (filter.Problem(run.Evaluator) is { } problem)
        {
            terminal.Error.WriteLine($"norms: {problem}");
            return ExitCodes.ToolFailure;
        }

        // The reasons count every rule of a principle, also when --rule shows one.
        var documents = new List<(DocumentReport Report, bool Multiple, IReadOnlyList<Explanation> All)>();
        var result = run.Execute((document, multiple) => documents.Add((filter.Apply(document), multiple, document.Explanations)));
        if (result.HasUnreadableInputs)
        {
            return ExitCodes.ToolFailure;
        }

        var output = terminal.Output;
        if (format == "json")
        {
            ReportFormatters.Create("json").Write(
                new Report { Documents = [.. documents.Select(d => d.Report)], RunFindings = result.RunFindings, Settings = run.Settings },
                output);
        }
        else
        {
            var writer = new ExplainWriter(output, markdown: format == "markdown", run.Evaluator.Principles);
            foreach (var (report, multiple, all) in documents)
            {
                writer.Write(report, multiple, all);
            }
        }

        return documents.Any(d => !d.Report.Evaluated) ? ExitCodes.Findings : ExitCodes.Success;
    }
}

/// <summary>What <c>--principle</c> and <c>--rule</c> keep of a document's report.</summary>
/// <param name="Principle">A principle ID, or <c>null</c> for every principle.</param>
/// <param name="Rule">A rule ID, or <c>null</c> for every rule.</param>
internal sealed record ExplainFilter(string? Principle, string? Rule)
{
    /// <summary>Why the filter cannot apply to the loaded packs (an unknown principle or rule), or <c>null</c>.</summary>
    public string? Problem(Engine.INormsEvaluator evaluator)
    {
        if (Principle is not null && !evaluator.Principles.Any(p => p.Id == Principle))
        {
            return $"unknown principle '{MessageText.Quote(Principle)}'; the principles are {string.Join(", ", evaluator.Principles.Select(p => p.Id))}.";
        }

        if (Rule is not null && !evaluator.Descriptors.Any(d => d.Id == Rule))
        {
            var hint = Suggestions.Closest(Rule, evaluator.Descriptors.Select(d => d.Id)) is { } closest ? $" Did you mean {closest}?" : string.Empty;
            return $"no loaded pack defines the rule '{MessageText.Quote(Rule)}'.{hint}";
        }

        if (Rule is not null && Principle is not null && evaluator.Descriptors.First(d => d.Id == Rule).Principle != Principle)
        {
            return $"the rule {Rule} does not belong to principle {Principle}.";
        }

        return null;
    }

    /// <summary>The report with only the principle's (or the rule's principle's) results, findings, passes and explanations.</summary>
    public DocumentReport Apply(DocumentReport report)
    {
        if (Principle is null && Rule is null)
        {
            return report;
        }

        var principle = Principle ?? report.Explanations.FirstOrDefault(e => e.RuleId == Rule)?.Principle;
        bool Keeps(string? id, string? ofPrinciple) => (Rule is null || id == Rule) && (principle is null || ofPrinciple == principle);
        return report with
        {
            Principles = [.. report.Principles.Where(p => principle is null || p.Principle.Id == principle)],
            Findings = [.. report.Findings.Where(f => Keeps(f.RuleId, f.Principle) || (f.Principle is null && Rule is null))],
            Passed = [.. report.Passed.Where(p => Keeps(p.RuleId, p.Principle))],
            Explanations = [.. report.Explanations.Where(e => Keeps(e.RuleId, e.Principle))],
        };
    }
}
