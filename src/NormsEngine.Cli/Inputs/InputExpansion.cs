using NormsEngine.Configuration;

namespace NormsEngine.Cli.Inputs;

/// <summary>
/// Turns the command line's inputs (files, folders, globs, <c>-</c>) into the sorted, de-duplicated list of
/// documents to check. Folders and globs find <c>*.yaml</c> and <c>*.yml</c> files recursively, skipping hidden
/// folders and configuration files.
/// </summary>
internal static class InputExpansion
{
    private const string ConfigurationFileName = "norms.config.yaml";

    private static readonly EnumerationOptions OneLevel = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        RecurseSubdirectories = false,
    };

    /// <summary>Expands <paramref name="arguments"/> against <paramref name="currentDirectory"/>.</summary>
    /// <returns>The documents in ordinal order of their display paths, and one problem per input that found nothing.</returns>
    public static (IReadOnlyList<DocumentInput> Documents, IReadOnlyList<string> Problems) Expand(IEnumerable<string> arguments, string currentDirectory)
    {
        var documents = new Dictionary<string, DocumentInput>(StringComparer.Ordinal);
        var problems = new List<string>();
        var position = 0;
        foreach (var argument in arguments)
        {
            position++;
            if (Problem(argument) is { } problem)
            {
                problems.Add($"input {position} ('{Shorten(argument)}') {problem}");
            }
            else if (argument == DocumentInput.StandardInputArgument)
            {
                documents[DocumentInput.StandardInputName] = new DocumentInput(DocumentInput.StandardInputName, null);
            }
            else if (PathGlob.IsGlob(argument))
            {
                var glob = PathGlob.Parse(argument, currentDirectory);
                var matched = 0;
                foreach (var file in YamlFilesUnder(glob.BaseDirectory))
                {
                    if (glob.IsMatch(Path.GetRelativePath(glob.BaseDirectory, file).Replace('\\', '/')))
                    {
                        Add(documents, file, currentDirectory);
                        matched++;
                    }
                }

                if (matched == 0)
                {
                    problems.Add($"no .yaml or .yml file matches '{argument}'");
                }
            }
            else if (Directory.Exists(Path.Combine(currentDirectory, argument)))
            {
                var folder = Path.GetFullPath(Path.Combine(currentDirectory, argument));
                var files = YamlFilesUnder(folder).ToList();
                if (files.Count == 0)
                {
                    problems.Add($"no .yaml or .yml file in folder '{argument}'");
                }

                files.ForEach(f => Add(documents, f, currentDirectory));
            }
            else
            {
                // A missing file stays in the list: reading it reports it as unreadable.
                Add(documents, Path.GetFullPath(Path.Combine(currentDirectory, argument)), currentDirectory);
            }
        }

        return ([.. documents.Values.OrderBy(d => d.DisplayPath, StringComparer.Ordinal)], problems);
    }

    /// <summary>Why an input cannot be used, or <c>null</c>: a glob too long to be a path.</summary>
    private static string? Problem(string argument) =>
        PathGlob.IsGlob(argument) && Glob.Problem(argument) is { } problem ? "is not a usable glob: " + problem : null;

    private static string Shorten(string argument) => argument.Length > 60 ? argument[..60] + "..." : argument;

    /// <summary>The path outputs show: relative to the current directory when below it, else full; forward slashes.</summary>
    public static string DisplayPath(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        var below = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal)
            && !relative.StartsWith("..\\", StringComparison.Ordinal);
        return (below ? relative : fullPath).Replace('\\', '/');
    }

    private static void Add(Dictionary<string, DocumentInput> documents, string fullPath, string currentDirectory)
    {
        var display = DisplayPath(fullPath, currentDirectory);
        documents.TryAdd(display, new DocumentInput(display, fullPath));
    }

    /// <summary>
    /// The <c>*.yaml</c> and <c>*.yml</c> files under <paramref name="folder"/>, in no particular order: subfolders too, but
    /// not hidden ones (a name starting with a dot), unreadable ones or links, and no configuration file.
    /// </summary>
    public static IEnumerable<string> YamlFilesUnder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*", OneLevel))
            {
                var name = Path.GetFileName(file);
                if ((name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    && !name.Equals(ConfigurationFileName, StringComparison.OrdinalIgnoreCase))
                {
                    yield return file;
                }
            }

            foreach (var child in Directory.EnumerateDirectories(current, "*", OneLevel))
            {
                if (!Path.GetFileName(child).StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
