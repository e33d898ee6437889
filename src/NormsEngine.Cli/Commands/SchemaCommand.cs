using System.CommandLine;
using NormsEngine.Schemas;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms schema [NAME]</c>: prints one of the JSON Schemas the library ships, for editors and validators: the
/// practices document's (the default, as before), a YAML rule pack's, <c>norms.config.yaml</c>'s or the JSON
/// report's (<c>norms check --format json</c>), for programs that read reports.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The schema printed when no name is given: the practices document's.</summary>
    public const string DefaultName = "organisation";

    public static Command Create(Terminal terminal)
    {
        var name = new Argument<string>("name")
        {
            Description = $"Which schema: {string.Join(", ", EmbeddedSchemas.Names)}; default: {DefaultName} (practices documents).",
            DefaultValueFactory = _ => DefaultName,
        };
        name.AcceptOnlyFromAmong([.. EmbeddedSchemas.Names]);
        var command = new DocumentedCommand(
            "schema",
            "Print a JSON Schema (draft 2020-12): of practices documents (the default), rule packs, norms.config.yaml or the JSON report (norms check --format json).",
            "norms schema > organisation.schema.json",
            "norms schema rule-pack > rule-pack.schema.json",
            "norms schema configuration > configuration.schema.json",
            "norms schema report > report.schema.json")
        {
            Notes = "Editors that read '# yaml-language-server: $schema=organisation.schema.json' on a file's first line then complete and check it.",
        };
        command.Arguments.Add(name);
        command.SetAction(parse =>
        {
            var which = parse.GetValue(name) ?? DefaultName;
            if (EmbeddedSchemas.Read(which) is not { } schema)
            {
                terminal.Error.WriteLine($"norms: the schema {EmbeddedSchemas.FileName(which)} is missing from this build.");
                return ExitCodes.ToolFailure;
            }

            terminal.Output.Write(schema);
            if (!schema.EndsWith('\n'))
            {
                terminal.Output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
