using System.CommandLine;
using NormsEngine.Cli.Commands;

namespace NormsEngine.Cli;

/// <summary>The <c>norms</c> command line: builds the commands and runs one invocation.</summary>
internal static class NormsApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("norms: checks practices documents against the nine principles of the Paris Call for Trust and Security in Cyberspace.")
        {
            CheckCommand.Create(output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                // Bad arguments are exit code 2 (evaluation.md), not System.CommandLine's default 1.
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine($"norms: {parseError.Message}");
                }

                error.WriteLine("Run 'norms --help' for usage.");
                return ExitCodes.ToolFailure;
            }

            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: the tool reports, it never shows a stack trace.
            error.WriteLine($"norms: internal error: {ex.Message}");
            return ExitCodes.ToolFailure;
        }
    }
}
