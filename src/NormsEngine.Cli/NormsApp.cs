using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using NormsEngine.Cli.Commands;

namespace NormsEngine.Cli;

/// <summary>The <c>norms</c> command line: builds the commands and runs one invocation.</summary>
internal static class NormsApp
{
    /// <summary>The tool's version: the assembly's informational version without build metadata.</summary>
    public static string Version { get; } =
        (typeof(NormsApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs one invocation.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input as bytes, for the input <c>-</c>; default: the console's.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, Stream? input = null)
    {
        var terminal = new Terminal(output, error, input ?? Console.OpenStandardInput());
        var root = new RootCommand("norms: checks practices documents against the nine principles of the Paris Call for Trust and Security in Cyberspace.")
        {
            CheckCommand.Create(terminal),
            ExplainCommand.Create(terminal),
            FixCommand.Create(terminal),
            BaselineCommand.Create(terminal),
            RulesCommand.Create(terminal),
            TestCommand.Create(terminal),
            InitCommand.Create(terminal, TimeProvider.System),
            SchemaCommand.Create(terminal),
            CatalogCommand.Create(terminal),
        };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new ExamplesHelpAction(help.Action!, output);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            // The default prints the entry assembly's version, which is the test host's when run in-process.
            version.Action = new VersionAction(output);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            // No path holds a NUL character, and the system's path functions throw on one: an argument error here.
            var withNul = Array.FindIndex(args, a => a.Contains('\0', StringComparison.Ordinal));
            if (withNul >= 0)
            {
                error.WriteLine($"norms: argument {withNul + 1} holds a NUL character, which no path or value may hold.");
                return ExitCodes.ToolFailure;
            }

            var parse = root.Parse(args);
            if (parse.Action is ExamplesHelpAction or VersionAction)
            {
                // Asked for help or the version: nothing else on the line matters.
                return parse.Invoke(configuration);
            }

            if (IsBareGroup(parse))
            {
                // 'norms' (or 'norms rules') alone: the help says what it can do. Exit code 2 all the same, as git exits 1
                // after its usage: the tool did no job, and a CI step that runs 'norms $EMPTY' must not pass.
                root.Parse([.. args, "--help"]).Invoke(configuration);
                return ExitCodes.ToolFailure;
            }

            var unknown = UnknownArguments.Find(parse);
            if (unknown.Count > 0 || parse.Errors.Count > 0)
            {
                // Bad arguments are exit code 2 (evaluation.md), not System.CommandLine's default 1. An unknown word is
                // the cause of the other errors (an option's value left over), so only it is shown.
                foreach (var message in unknown.Count > 0 ? unknown : parse.Errors.Select(e => e.Message))
                {
                    error.WriteLine($"norms: {message}");
                }

                error.WriteLine($"Run 'norms {string.Concat(UnknownArguments.CommandNames(parse.CommandResult).Skip(1).Select(n => n + " "))}--help' for usage.");
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

    /// <summary>A command group given nothing: no subcommand, option or argument after it.</summary>
    private static bool IsBareGroup(ParseResult parse) =>
        parse.CommandResult.Command is { Subcommands.Count: > 0, Action: null }
        && parse.Tokens.All(t => t.Type == System.CommandLine.Parsing.TokenType.Command);

    /// <summary>Commands with examples at the end of their help; the root's are here.</summary>
    private static readonly string[] RootExamples =
    [
        "norms init",
        "norms check samples/organisations",
        "norms check . --format sarif --output norms.sarif --format github --baseline norms.baseline.json",
        "norms explain samples/organisations/hospital.yaml --principle P6",
        "norms rules describe PC0702",
        "norms test packs/contoso.nis2.yaml",
    ];

    /// <summary>The standard help, then the command's notes and examples.</summary>
    private sealed class ExamplesHelpAction(CommandLineAction standard, TextWriter output) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : ExitCodes.Success;
            var command = parseResult.CommandResult.Command;
            var (notes, examples) = command switch
            {
                DocumentedCommand documented => (documented.Notes, documented.Examples),
                RootCommand => ("Exit codes: 0 no active finding at or above failOn, 1 at least one, 2 the tool could not do its job.", RootExamples),
                _ => (null, []),
            };
            if (notes is not null)
            {
                output.WriteLine(notes);
                output.WriteLine();
            }

            if (examples.Count > 0)
            {
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return exit;
        }
    }

    private sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
