using System.CommandLine;
using System.Text;
using NormsEngine.Cli.Output;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms fix FILES... [--rule ID]... [--dry-run]</c>: applies the code fixes of the documents' findings ("fix all"),
/// prints a unified diff of each file changed and writes it atomically, unless it changed since it was read.
/// </summary>
internal static class FixCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The files to fix: practices documents, norms.config.yaml (NE0103) or YAML rule packs (NE0101); folders: their *.yaml and *.yml files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = new Option<string[]>("--rule")
        {
            Description = "Apply only the fixes of this diagnostic (NE0002, NE0003, NE0006, NE0101, NE0103, NE0201); repeat it for several. Default: all.",
            HelpName = "ID",
        };
        var addMissing = new Option<bool>("--add-missing")
        {
            Description = "Also insert every field a rule needs that is not declared (NE0201), as 'key:' with no value and a comment saying what to declare: the document becomes a questionnaire.",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print the diff and write nothing.",
        };
        var command = new DocumentedCommand(
            "fix",
            "Repair what the checks diagnose (unknown fields, enum values, dates, percentages, missing header) and print the diff.",
            "norms fix my-org.yaml",
            "norms fix my-org.yaml --dry-run",
            "norms fix my-org.yaml --add-missing",
            "norms fix policies --rule NE0002")
        {
            Notes = "Only the mistaken characters change: comments, blank lines, indentation, quoting, line endings and a byte order mark are kept. " +
                "The diff goes to standard output, what was done to standard error. " +
                "Exit codes: 0 nothing left to fix, 1 diagnostics without an automatic fix remain, 2 the tool could not do its job (an unreadable file, or one changed since it was read).",
        };
        command.Arguments.Add(files);
        command.Options.Add(rules);
        command.Options.Add(addMissing);
        command.Options.Add(dryRun);
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(rules) ?? [], parse.GetValue(addMissing), parse.GetValue(dryRun), terminal));
        return command;
    }

    private static int Run(string[] inputs, string[] rules, bool addMissing, bool dryRun, Terminal terminal)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                paths.AddRange(Directory.EnumerateFiles(input, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                paths.Add(input);
            }
        }

        var selected = new HashSet<string>(rules.Select(r => r.ToUpperInvariant()), StringComparer.Ordinal);
        var questionnaire = addMissing || selected.Contains(EngineDiagnostics.InsufficientData.Id);
        var evaluator = questionnaire ? new Engine.NormsEvaluator([new ParisCall.ParisCallPack()]) : null;
        var exit = ExitCodes.Success;
        var loader = new DocumentLoader();
        foreach (var path in paths)
        {
            exit = Math.Max(exit, FixFile(path, loader, selected, evaluator, dryRun, terminal));
        }

        return exit;
    }

    private static int FixFile(string path, DocumentLoader loader, HashSet<string> rules, Engine.NormsEvaluator? evaluator, bool dryRun, Terminal terminal)
    {
        var shown = MessageText.Line(path.Replace('\\', '/'));
        if (Read(path, loader, terminal) is not { } original)
        {
            return ExitCodes.ToolFailure;
        }

        var text = Decode(original)!;
        var (fixedText, applied) = CodeFixes.FixAll(text, path, f => rules.Count == 0 || rules.Contains(f.RuleId), loader);
        if (evaluator is not null)
        {
            // The questionnaire comes last, on the repaired document: a misspelt section would otherwise be asked for again.
            var findings = evaluator.EvaluateYaml(fixedText.TrimStart('\uFEFF'), path).Documents.SelectMany(d => d.Findings).Where(f => f.IsActive);
            if (CodeFixes.AddMissing(fixedText, findings) is { } missing)
            {
                fixedText = CodeFixes.Apply(fixedText, [missing]);
                applied++;
            }
        }

        var remaining = CodeFixes.Diagnose(fixedText, path, loader, Composition.BuiltInThresholds.Keys);
        if (fixedText != text)
        {
            // The byte order mark is kept, and not shown: it is no character of the document.
            terminal.Output.Write(UnifiedDiff.Create(path, text.TrimStart('\uFEFF'), fixedText.TrimStart('\uFEFF')));
            if (!dryRun)
            {
                try
                {
                    using var file = AtomicFile.Create(path);
                    file.Stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(fixedText));

                    // Refuse to overwrite an edit made since the file was read (an editor saving, another run): checked
                    // once the new content is ready, just before it is renamed into place; disposing deletes it.
                    if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(original))
                    {
                        terminal.Error.WriteLine($"norms: '{shown}' changed since it was read; it was not written. Run 'norms fix' again.");
                        return ExitCodes.ToolFailure;
                    }

                    file.Commit();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
                {
                    terminal.Error.WriteLine($"norms: cannot write '{shown}': {MessageText.Line(ex.Message)}");
                    return ExitCodes.ToolFailure;
                }
            }

            terminal.Error.WriteLine($"{shown}: {(dryRun ? "would apply" : "applied")} {Count(applied, "fix", "fixes")}.");
        }

        foreach (var finding in remaining)
        {
            terminal.Error.WriteLine(MessageText.Line(finding.ToString()));
        }

        return remaining.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static byte[]? Read(string path, DocumentLoader loader, Terminal terminal)
    {
        var shown = MessageText.Line(path.Replace('\\', '/'));
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                terminal.Error.WriteLine($"norms: '{shown}' does not exist.");
                return null;
            }

            if (info.Length > loader.Limits.MaxInputBytes)
            {
                terminal.Error.WriteLine($"norms: '{shown}' is larger than {loader.Limits.MaxInputBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes; it was not read.");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            if (Decode(bytes) is null)
            {
                terminal.Error.WriteLine($"norms: '{shown}' is not valid UTF-8 text; it was not changed.");
                return null;
            }

            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            terminal.Error.WriteLine($"norms: cannot read '{shown}': {MessageText.Line(ex.Message)}");
            return null;
        }
    }

    /// <summary>Strict UTF-8, a byte order mark kept as the character U+FEFF so that writing the text back keeps it.</summary>
    private static string? Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
