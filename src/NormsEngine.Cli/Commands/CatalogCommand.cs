using System.CommandLine;
using NormsEngine.Cli.Output;
using NormsEngine.Configuration;
using NormsEngine.Packs;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms catalog [--format oscal] [--pack P]... [--output FILE]</c>: the loaded packs (the configuration's, default
/// paris-call, and every <c>--pack</c>, as <c>norms check</c> loads them) as an OSCAL 1.1.3 catalog, whose controls
/// and objectives the findings of <c>norms check --format oscal</c> target.
/// </summary>
internal static class CatalogCommand
{
    private static readonly string[] Formats = ["oscal"];

    public static Command Create(Terminal terminal)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: oscal (an OSCAL 1.1.3 catalog in JSON).",
            DefaultValueFactory = _ => "oscal",
            HelpName = "NAME",
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write; default: standard output.",
            HelpName = "FILE",
        };
        var packs = RunOptions.PackOption();
        var config = new Option<string?>("--config")
        {
            Description = "The configuration file whose packs to load; default: the nearest norms.config.yaml in the current folder or above it.",
            HelpName = "FILE",
        };
        var command = new DocumentedCommand(
            "catalog",
            "Write the rules of the loaded packs as an OSCAL 1.1.3 catalog for GRC platforms: a group per principle, a control per rule; 'norms check --format oscal' writes the assessment results against it.",
            "norms catalog --output paris-call.catalog.json",
            "norms catalog --pack packs/contoso.nis2.yaml --output catalog.json")
        {
            format,
            output,
            packs,
            config,
        };
        command.SetAction(parse => Run(parse.GetValue(config), parse.GetValue(packs) ?? [], parse.GetValue(output), terminal));
        return command;
    }

    private static int Run(string? configurationFile, IReadOnlyList<string> extraPacks, string? file, Terminal terminal)
    {
        // The packs load as for norms check (the configuration checked too), so the catalog's controls are the ones
        // its assessment results name.
        var effective = ConfigurationFile.LoadEffective(configurationFile, Directory.GetCurrentDirectory());
        if (!Composition.TryCompose(effective, extraPacks, terminal.Error, out _, out var names)
            || Composition.Load(names, [], terminal.Error, skipUnknownNames: true) is not { } loaded)
        {
            return ExitCodes.ToolFailure;
        }

        if (file is null)
        {
            OscalCatalog.Write(loaded, terminal.Output);
            return ExitCodes.Success;
        }

        try
        {
            AtomicFile.Write(file, writer => OscalCatalog.Write(loaded, writer));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"norms: cannot write '{file}': {ex.Message}");
            return ExitCodes.ToolFailure;
        }

        return ExitCodes.Success;
    }
}
