using System.CommandLine;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms check FILE...</c>: loads each document and reports its findings.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Practices documents (YAML) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Check practices documents. Example: norms check samples/organisations/hospital.yaml")
        {
            files,
        };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], output, error));
        return command;
    }

    private static int Run(string[] files, TextWriter output, TextWriter error)
    {
        var loader = new DocumentLoader();
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            IReadOnlyList<PracticesDocument> documents;
            try
            {
                documents = loader.LoadFile(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"norms: cannot read '{file}': {ex.Message}");
                exit = ExitCodes.ToolFailure;
                continue;
            }

            foreach (var document in documents)
            {
                foreach (var finding in document.Findings)
                {
                    output.WriteLine(finding.ToString());
                }

                var errors = document.Findings.Count(f => f.Severity == Severity.Error);
                var warnings = document.Findings.Count(f => f.Severity == Severity.Warning);
                var label = documents.Count > 1 ? $"{file} (document {document.Index + 1})" : file;
                var name = document.Name is { } n ? $" {n}:" : string.Empty;
                output.WriteLine($"{label}:{name} {Plural(errors, "error")}, {Plural(warnings, "warning")}");
                if (errors > 0 && exit == ExitCodes.Success)
                {
                    exit = ExitCodes.Findings;
                }
            }
        }

        return exit;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
