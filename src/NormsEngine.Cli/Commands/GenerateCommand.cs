using System.CommandLine;
using System.Globalization;
using NormsEngine.Cli.Generation;
using NormsEngine.Cli.Output;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms generate --count N --output DIR [--seed S] [--suppliers K]</c>: writes N generated practices documents, for
/// benchmarks and for reproducing scale runs. Hidden from the help: it is a tool for the tool's own developers.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(Terminal terminal)
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = "How many documents to write (at least 1).",
            HelpName = "N",
            Required = true,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write org-00000.yaml, org-00001.yaml, ... to (created if needed; files of the same name are replaced).",
            HelpName = "DIR",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The corpus's seed: the same seed and count write the same files. Default: 1.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var suppliers = new Option<int?>("--suppliers")
        {
            Description = $"Give every document exactly K suppliers (0 to {DocumentGenerator.MaxSuppliers}); default: a varied 0 to 8.",
            HelpName = "K",
        };
        const string Description = "Write N generated, varied practices documents, deterministic for a seed: for benchmarks and for reproducing scale runs.";
        var command = new DocumentedCommand(
            "generate",
            Description,
            "norms generate --count 10000 --output corpus && norms check corpus",
            "norms generate --count 100 --output large --suppliers 1000 --seed 7")
        {
            // Hidden: not in the command list, and the standard help prints nothing for it, so the notes carry the usage.
            Hidden = true,
            Notes = Description + "\n\n"
                + "Usage:\n  norms generate --count N --output DIR [--seed S] [--suppliers K]\n\n"
                + "Options:\n"
                + string.Concat(new Option[] { count, output, seed, suppliers }.Select(o =>
                    $"  {string.Join(", ", o.Aliases.Order(StringComparer.Ordinal).Append(o.Name))} {o.HelpName}\n      {o.Description}\n"))
                + "\nEvery document loads with no NE finding at the default reader limits up to about 7,000 suppliers; larger ones need raised limits.",
        };
        command.Options.Add(count);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(suppliers);
        command.SetAction(parse => Run(parse.GetValue(count), parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(suppliers), terminal));
        return command;
    }

    private static int Run(int count, string folder, int seed, int? suppliers, Terminal terminal)
    {
        if (count <= 0)
        {
            terminal.Error.WriteLine($"norms: --count must be at least 1, not {count}.");
            return ExitCodes.ToolFailure;
        }

        if (suppliers is < 0 or > DocumentGenerator.MaxSuppliers)
        {
            terminal.Error.WriteLine($"norms: --suppliers must be between 0 and {DocumentGenerator.MaxSuppliers}, not {suppliers}.");
            return ExitCodes.ToolFailure;
        }

        var digits = Math.Max(5, (count - 1).ToString(CultureInfo.InvariantCulture).Length);
        try
        {
            Directory.CreateDirectory(folder);
            for (var i = 0; i < count; i++)
            {
                var path = Path.Combine(folder, "org-" + i.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0') + ".yaml");
                AtomicFile.Write(path, writer => DocumentGenerator.WriteTo(writer, seed, i, suppliers), durable: false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"norms: cannot write to '{folder}': {ex.Message}");
            return ExitCodes.ToolFailure;
        }

        terminal.Output.WriteLine($"norms: wrote {count} documents to {folder}");
        return ExitCodes.Success;
    }
}
