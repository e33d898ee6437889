using System.CommandLine;
using System.Globalization;
using System.Text;
using NormsEngine.Cli.Output;

namespace NormsEngine.Cli.Commands;

/// <summary><c>norms init [DIR]</c>: writes a commented starter practices document and configuration file.</summary>
internal static class InitCommand
{
    /// <summary>The starter document's file name.</summary>
    public const string DocumentFile = "organisation.yaml";

    /// <summary>The configuration file's name.</summary>
    public const string ConfigurationFile = "norms.config.yaml";

    /// <summary>Where people read about every field of the document (the template links to it too).</summary>
    public const string FieldReferenceUrl = "https://github.com/normsengine/normsengine/blob/main/docs/practices-document.md";

    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The folder to write to (created if needed); default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force")
        {
            Description = $"Overwrite {DocumentFile} and {ConfigurationFile} if they exist.",
        };
        var command = new DocumentedCommand(
            "init",
            $"Write a commented starter practices document ({DocumentFile}) and configuration ({ConfigurationFile}).",
            "norms init",
            "norms init policies && norms check policies",
            "norms init --force")
        {
            Notes = "Existing files are kept: init stops (exit code 2) if either exists, unless --force is given. " +
                "The document has every section of the practices document, those only some organisations need commented out; " +
                $"the field reference describes every field: {FieldReferenceUrl}",
        };
        command.Arguments.Add(directory);
        command.Options.Add(force);
        command.SetAction(parse => Run(parse.GetValue(directory) ?? ".", parse.GetValue(force), terminal, clock));
        return command;
    }

    private static int Run(string directory, bool force, Terminal terminal, TimeProvider clock)
    {
        var files = new[] { DocumentFile, ConfigurationFile };
        var existing = files.Select(f => Path.Combine(directory, f)).Where(Path.Exists).ToList();
        if (existing.Count > 0 && !force)
        {
            foreach (var file in existing)
            {
                terminal.Error.WriteLine($"norms: '{file.Replace('\\', '/')}' already exists; init does not overwrite a file unless --force is given.");
            }

            return ExitCodes.ToolFailure;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var file in files)
            {
                var text = ReadTemplate(file).Replace("{{today}}", today, StringComparison.Ordinal);
                var path = Path.Combine(directory, file);

                // Whole or not at all: a failed write leaves the previous file as it was. Without --force, never over a
                // file that appeared since the check above.
                AtomicFile.Write(path, writer => writer.Write(text), overwrite: force);
                terminal.Output.WriteLine($"Wrote {path.Replace('\\', '/')}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"norms: cannot write to '{directory}': {ex.Message}");
            return ExitCodes.ToolFailure;
        }

        terminal.Output.WriteLine();
        terminal.Output.WriteLine($"Next: describe your practices in {DocumentFile}, then run 'norms check {(directory == "." ? "." : directory)}'.");
        return ExitCodes.Success;
    }

    private static string ReadTemplate(string name)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("NormsEngine.Cli.Templates." + name)
            ?? throw new InvalidOperationException($"The template {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
