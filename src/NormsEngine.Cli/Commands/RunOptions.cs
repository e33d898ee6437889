using System.CommandLine;
using System.Globalization;
using NormsEngine.Diagnostics;

namespace NormsEngine.Cli.Commands;

/// <summary>The arguments and options that every command running over documents shares.</summary>
internal sealed class RunOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Practices documents: files, folders (every *.yaml and *.yml below them), globs (samples/**/*.yaml), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "The configuration file; default: the nearest norms.config.yaml in the documents' folder or above it.",
        HelpName = "FILE",
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "The as-of date (YYYY-MM-DD) for age checks; default: metadata.assessedOn, else today.",
        HelpName = "DATE",
    };

    public Option<string[]> Packs { get; } = PackOption();

    /// <summary>The repeatable <c>--pack FILE</c> option: a pack to load besides the configuration's.</summary>
    public static Option<string[]> PackOption(string? description = null) => new("--pack")
    {
        Description = description ?? "A rule pack to load besides the configuration's packs (default: paris-call): a YAML pack file, a pack assembly (.dll, trusted code: loading it runs it) or paris-call. Repeat it for several.",
        HelpName = "FILE",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Config);
        command.Options.Add(AsOf);
        command.Options.Add(Packs);
        AsOf.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && ParseDate(result.Tokens[0].Value) is null)
            {
                result.AddError($"--as-of must be a date as YYYY-MM-DD; found '{result.Tokens[0].Value}'.");
            }
        });
    }

    public CheckSettings Read(ParseResult parse, string? baseline, bool useBaseline, Severity? failOn) => new(
        parse.GetValue(Inputs) ?? [],
        parse.GetValue(Config),
        baseline,
        useBaseline,
        failOn,
        parse.GetValue(AsOf) is { } text ? ParseDate(text) : null,
        parse.GetValue(Packs) ?? []);

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
