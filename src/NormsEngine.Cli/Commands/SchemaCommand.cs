using System.CommandLine;
using System.Text;
using NormsEngine.Documents;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms schema</c>: prints the JSON Schema of practices documents, for editors and validators.</summary>
internal static class SchemaCommand
{
    private const string ResourceName = "NormsEngine.Schemas.organisation.schema.json";

    public static Command Create(Terminal terminal)
    {
        var command = new DocumentedCommand(
            "schema",
            "Print the JSON Schema (draft 2020-12) of practices documents, for editors and validators.",
            "norms schema > organisation.schema.json")
        {
            Notes = "Editors that read '# yaml-language-server: $schema=organisation.schema.json' on a document's first line then complete and check it.",
        };
        command.SetAction(_ =>
        {
            using var stream = typeof(DocumentLoader).Assembly.GetManifestResourceStream(ResourceName);
            if (stream is null)
            {
                terminal.Error.WriteLine($"norms: the schema resource {ResourceName} is missing from this build.");
                return ExitCodes.ToolFailure;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            var schema = reader.ReadToEnd();
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
