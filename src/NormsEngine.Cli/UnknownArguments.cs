using System.CommandLine;
using System.CommandLine.Parsing;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Cli;

/// <summary>
/// The mistakes System.CommandLine lets through or words poorly: a mistyped command, and an unknown option, which a
/// command's path arguments swallow as a file name (<c>norms check --frmat json x.yaml</c> would read a file
/// <c>--frmat</c>). Both are argument errors (exit code 2) that name the closest known command or option.
/// </summary>
internal static class UnknownArguments
{
    /// <summary>One message per mistake (without the <c>norms: </c> prefix); empty when there is none.</summary>
    public static IReadOnlyList<string> Find(ParseResult parse) =>
        UnknownCommand(parse) is { } command ? [command] : UnknownOptions(parse);

    /// <summary>
    /// The first word where a command group expects a command: <c>norms chek</c>. Groups take no arguments, so every
    /// unmatched word there is a command name.
    /// </summary>
    private static string? UnknownCommand(ParseResult parse)
    {
        var group = parse.CommandResult.Command;
        if (group.Subcommands.Count == 0 || group.Arguments.Count > 0
            || parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is not { } word)
        {
            return null;
        }

        var prefix = string.Concat(CommandNames(parse.CommandResult).Skip(1).Select(name => name + " "));
        var visible = group.Subcommands.Where(c => !c.Hidden).ToList();
        return Suggestions.Closest(word, visible.SelectMany(c => c.Aliases.Prepend(c.Name))) is { } closest
            ? $"unknown command '{prefix}{Shown(word)}'; did you mean '{prefix}{closest}'?"
            : $"unknown command '{prefix}{Shown(word)}'; the commands are {string.Join(", ", visible.Select(c => prefix + c.Name))}.";
    }

    /// <summary>
    /// Every word that starts with <c>-</c> (but is not <c>-</c>, standard input), comes before <c>--</c>, and is
    /// neither an option nor an option's value.
    /// </summary>
    private static List<string> UnknownOptions(ParseResult parse)
    {
        var values = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        CollectOptionValues(parse.RootCommandResult, values);
        var messages = new List<string>();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                // After '--' every word is an argument: the way to name a file that starts with '-'.
                break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !values.Contains(token))
            {
                messages.Add(Describe(token.Value, parse.CommandResult.Command));
            }
        }

        return messages;
    }

    private static string Describe(string token, Command command)
    {
        // '--frmat=json' is the option '--frmat' with a value.
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        var name = token.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? token[..equals] : token;
        if (Suggestions.Closest(name, KnownOptions(command)) is { } closest)
        {
            return $"unknown option '{Shown(name)}'; did you mean '{closest}'?";
        }

        // A word with a dot or a slash may be a file name that happens to start with '-'.
        return command.Arguments.Count > 0 && token.AsSpan(1).IndexOfAny("./\\") >= 0
            ? $"unknown option '{Shown(name)}'; a file whose name starts with '-' goes after '--', or as './{Shown(token)}'."
            : $"unknown option '{Shown(name)}'.";
    }

    /// <summary>A word from the command line as messages show it: on one line, without control characters, not too long.</summary>
    private static string Shown(string word) => MessageText.Line(word.Length > 60 ? word[..60] + "..." : word);

    /// <summary>The options <paramref name="command"/> accepts: its own, and its parents' recursive ones (--help).</summary>
    private static IEnumerable<string> KnownOptions(Command command)
    {
        var options = command.Options.ToList();
        foreach (var parent in Parents(command))
        {
            options.AddRange(parent.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    private static IEnumerable<Command> Parents(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    private static void CollectOptionValues(SymbolResult result, HashSet<Token> values)
    {
        foreach (var child in result is CommandResult command ? command.Children : [])
        {
            if (child is OptionResult option)
            {
                values.UnionWith(option.Tokens);
            }
            else
            {
                CollectOptionValues(child, values);
            }
        }
    }

    /// <summary>The names of the commands from the root down to <paramref name="command"/>.</summary>
    internal static List<string> CommandNames(CommandResult command)
    {
        var names = new List<string>();
        for (CommandResult? current = command; current is not null; current = current.Parent as CommandResult)
        {
            names.Insert(0, current.Command.Name);
        }

        return names;
    }
}
