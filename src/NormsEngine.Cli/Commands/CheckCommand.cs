using System.CommandLine;
using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms check FILE...</c>: evaluates each document and reports verdicts and findings.</summary>
internal static class CheckCommand
{
    private static readonly IReportFormatter[] Formatters = [new TextReportFormatter(), new JsonReportFormatter()];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Practices documents (YAML) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formatters.Select(f => f.Name)]);
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The as-of date (YYYY-MM-DD) for age checks; default: metadata.assessedOn, else today.",
        };
        var command = new Command(
            "check",
            "Check practices documents against the Paris Call principles.\n\nExamples:\n  norms check samples/organisations/hospital.yaml\n  norms check samples/organisations/*.yaml --format json --as-of 2026-10-15")
        {
            files,
            format,
            asOf,
        };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(format)!, parse.GetValue(asOf), output, error));
        return command;
    }

    private static int Run(string[] files, string formatName, string? asOfText, TextWriter output, TextWriter error)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error.WriteLine($"norms: --as-of must be a date as YYYY-MM-DD; found '{asOfText}'.");
                return ExitCodes.ToolFailure;
            }

            asOf = parsed;
        }

        var evaluator = Composition.CreateEvaluator();
        var options = new EvaluationOptions { AsOf = asOf };
        var loader = new DocumentLoader(options.Limits);
        var documents = new List<DocumentReport>();
        var unreadable = false;
        foreach (var file in files)
        {
            try
            {
                documents.AddRange(loader.LoadFile(file).Select(d => evaluator.Evaluate(d, options)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"norms: cannot read '{file}': {ex.Message}");
                unreadable = true;
            }
        }

        var report = new Report { Documents = documents };
        Formatters.Single(f => f.Name == formatName).Write(report, output);
        return unreadable ? ExitCodes.ToolFailure
            : report.Fails(Severity.Error) ? ExitCodes.Findings
            : ExitCodes.Success;
    }
}
