using System.CommandLine;
using NormsEngine.Cli.Docs;
using NormsEngine.Cli.Output;
using NormsEngine.ParisCall;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms rules docs PACK --output DIR</c>: a Markdown page per rule of a pack, and an index.</summary>
internal static class RulesDocsCommand
{
    public static Command Create(Terminal terminal)
    {
        var pack = new Argument<string>("pack")
        {
            Description = "The pack to document: a YAML pack file, a pack assembly (.dll) or paris-call.",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write to: one page per rule (ID.md) and index.md.",
            HelpName = "DIR",
            Required = true,
        };
        var packs = RunOptions.PackOption("A pack whose thresholds the documented pack may name (not documented itself). Repeat it for several.");
        var command = new DocumentedCommand(
            "docs",
            "Write a Markdown page per rule of a pack, in the shape of rules/paris-call/: what it checks, how to fix, when to suppress, an example, references.",
            "norms rules docs packs/contoso.nis2.yaml --output docs/nis2",
            "norms rules docs Contoso.Norms.dll --output docs/contoso",
            "norms rules docs paris-call --output docs/paris-call")
        {
            pack,
            output,
            packs,
        };
        command.SetAction(parse => Run(parse.GetValue(pack)!, parse.GetValue(output)!, parse.GetValue(packs) ?? [], terminal));
        return command;
    }

    private static int Run(string pack, string folder, IReadOnlyList<string> supporting, Terminal terminal)
    {
        if (Composition.Load(supporting, [], terminal.Error) is not { } others
            || Composition.Load([pack], Composition.BuiltInThresholds.Keys.Concat(others.SelectMany(p => p.Thresholds.Keys)), terminal.Error) is not { } documented
            || Composition.Compile(documented, terminal.Error) is null)
        {
            return ExitCodes.ToolFailure;
        }

        var principles = new ParisCallPack().Principles
            .Concat(documented.SelectMany(p => p.Principles))
            .DistinctBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        var rules = documented.SelectMany(p => p.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var rule in rules)
            {
                Write(Path.Combine(folder, rule.Id + ".md"), RuleDocs.Page(rule, RuleDocs.Describe(documented, rule.Id), principles));
            }

            Write(Path.Combine(folder, "index.md"), RuleDocs.Index(documented, rules, principles));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"norms: cannot write to '{folder}': {ex.Message}");
            return ExitCodes.ToolFailure;
        }

        terminal.Output.WriteLine($"Wrote {rules.Count} rule page{(rules.Count == 1 ? string.Empty : "s")} and index.md to {folder.Replace('\\', '/')}.");
        return ExitCodes.Success;
    }

    private static void Write(string path, string text) => AtomicFile.Write(path, writer => writer.Write(text));
}
