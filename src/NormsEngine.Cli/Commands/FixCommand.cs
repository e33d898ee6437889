using System.CommandLine;
using System.Text;
using NormsEngine.Cli.Inputs;
using NormsEngine.Cli.Output;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Cli.Commands;

/// <summary>
/// <c>norms fix FILES... [--rule ID]... [--dry-run]</c>: applies the code fixes of the documents' findings ("fix all"),
/// prints a unified diff of each file changed and writes it atomically, unless it changed since it was read.
/// </summary>
internal static partial class FixCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The files to fix: practices documents, norms.config.yaml (NE0103) or YAML rule packs (NE0101); folders: their *.yaml and *.yml files that declare apiVersion or kind, found as 'norms check' finds them.",
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
                "A folder is searched as 'norms check' searches it (subfolders too, but not hidden or unreadable ones, and not norms.config.yaml), " +
                "and only its files with a top-level apiVersion or kind are changed: other YAML (CI workflows, deployment files) is not ours. " +
                "A file named on the command line is fixed even without them: the fix adds the missing header. " +
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
        var paths = Paths(inputs);

        var selected = new HashSet<string>(rules.Select(r => r.ToUpperInvariant()), StringComparer.Ordinal);
        var questionnaire = addMissing || selected.Contains(EngineDiagnostics.InsufficientData.Id);
        var evaluator = questionnaire ? new Engine.NormsEvaluator([new ParisCall.ParisCallPack()]) : null;
        var exit = ExitCodes.Success;
        var loader = new DocumentLoader();
        foreach (var (path, found) in paths)
        {
            exit = Math.Max(exit, FixFile(path, found, loader, selected, evaluator, dryRun, terminal));
        }

        return exit;
    }

    /// <summary>
    /// The files to fix, each once, in the order of the inputs: a file as named; a folder's YAML files as <c>norms check</c>
    /// finds them (hidden and unreadable folders skipped), in ordinal order, marked as found rather than named.
    /// </summary>
    private static List<(string Path, bool Found)> Paths(string[] inputs)
    {
        var currentDirectory = Directory.GetCurrentDirectory();
        var paths = new List<(string Path, bool Found)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input)
                ? InputExpansion.YamlFilesUnder(Path.GetFullPath(input)).Select(f => (Path: InputExpansion.DisplayPath(f, currentDirectory), Found: true)).OrderBy(f => f.Path, StringComparer.Ordinal)
                : Enumerable.Repeat((Path: input, Found: false), 1);
            foreach (var file in files)
            {
                var key = FullPath(file.Path) ?? file.Path;
                if (!seen.TryGetValue(key, out var at))
                {
                    seen[key] = paths.Count;
                    paths.Add(file);
                }
                else if (!file.Found)
                {
                    paths[at] = (paths[at].Path, false); // also named: it is fixed as a named file is
                }
            }
        }

        return paths;
    }

    /// <summary>The full path of <paramref name="path"/>, or <c>null</c> when it is no path (empty, a null character): reading it says so.</summary>
    private static string? FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static int FixFile(string path, bool found, DocumentLoader loader, HashSet<string> rules, Engine.NormsEvaluator? evaluator, bool dryRun, Terminal terminal)
    {
        var shown = MessageText.Line(path.Replace('\\', '/'));
        if (Read(path, loader, terminal) is not { } original)
        {
            return ExitCodes.ToolFailure;
        }

        var text = Decode(original)!;
        if (found && !Header().IsMatch(text.TrimStart('\uFEFF')))
        {
            // Found in a folder with neither apiVersion nor kind: some other tool's YAML, which the header fix (NE0006)
            // would turn into a broken practices document.
            return ExitCodes.Success;
        }

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

    /// <summary>A top-level <c>apiVersion:</c> or <c>kind:</c> key (quoted or not), at the start of a line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^([""']?)(apiVersion|kind)\1[ \t]*:", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex Header();

    private static string Count(int count, string one, string many) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
