namespace NormsEngine.TestSupport.Tools;

/// <summary>
/// Runs the pinned ajv-cli (<see cref="NodeTool.Ajv"/>) on a committed schema, by default the organisation schema,
/// in JSON Schema 2020-12 strict mode with ajv-formats and every error reported.
/// </summary>
public static class AjvRunner
{
    private static readonly TimeSpan ValidatorTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The committed organisation schema (by its file name: the test support sees only the library's public API).</summary>
    public static string SchemaPath => Path.Combine(RepositoryPaths.SchemasDirectory, "organisation.schema.json");

    /// <summary>
    /// Runs ajv-cli. It ends with process.exit, which on Linux can drop what it wrote to a full pipe (64 KiB) that the
    /// reader has not drained yet: callers keep each run's output well under that, in batches and with
    /// <paramref name="errors"/> "no" when only the verdicts matter.
    /// </summary>
    /// <param name="command"><c>compile</c> or <c>validate</c>.</param>
    /// <param name="data">The JSON files to validate.</param>
    /// <param name="errors">ajv's error format for <c>validate</c>: by default one JSON line per invalid document, so that tests can look for the instance path and keyword.</param>
    /// <param name="schema">The schema file; the organisation schema when <c>null</c>.</param>
    public static AjvResult Run(string command, IReadOnlyList<string> data, string errors = "line", string? schema = null)
    {
        List<string> arguments = [command, "--spec=draft2020", "--strict=true", "--all-errors", "-c", "ajv-formats", "-s", schema ?? SchemaPath];
        if (command == "validate")
        {
            arguments.Add("--errors=" + errors);
        }

        foreach (var file in data)
        {
            arguments.Add("-d");
            arguments.Add(file);
        }

        var run = NodeTool.Ajv.Run(arguments, ValidatorTimeout);
        return new AjvResult(run.ExitCode, run.StandardOutput, run.StandardError);
    }

    /// <summary>
    /// Validates every YAML file of <paramref name="folder"/> (each must hold one document) in one run and returns the
    /// run with the error line ajv wrote for each invalid file, by the fixture's file name.
    /// </summary>
    /// <param name="folder">The folder of fixtures.</param>
    /// <param name="schema">The schema file; the organisation schema when <c>null</c>.</param>
    public static (AjvResult Run, Dictionary<string, string> Errors) ValidateEach(string folder, string? schema = null)
    {
        using var scratch = new ScratchDirectory();
        var fixtureOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fixture in Directory.GetFiles(folder, "*.yaml"))
        {
            var documents = scratch.WriteDocuments(fixture);
            Assert.True(documents.Count == 1, $"{fixture} should hold exactly one document, so that it fails for one reason.");
            fixtureOf[documents[0]] = Path.GetFileName(fixture);
        }

        var run = Run("validate", fixtureOf.Keys.Order(StringComparer.Ordinal).ToList(), schema: schema);

        // ajv writes "<file> invalid" and then, with --errors=line, the errors as one JSON line, both on stderr.
        const string InvalidSuffix = " invalid";
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = run.StandardError.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].EndsWith(InvalidSuffix, StringComparison.Ordinal) && fixtureOf.TryGetValue(lines[i][..^InvalidSuffix.Length], out var fixture))
            {
                errors[fixture] = lines[i + 1];
            }
        }

        return (run, errors);
    }

    /// <summary>How ajv ended.</summary>
    /// <param name="ExitCode">0 when every file is valid (or the schema compiles).</param>
    /// <param name="StandardOutput">What ajv wrote to standard output.</param>
    /// <param name="StandardError">What ajv wrote to standard error.</param>
    public sealed record AjvResult(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>Standard output followed by standard error.</summary>
        public string Output => StandardOutput + StandardError;

        /// <summary>ajv's verdict per data file: "&lt;file&gt; valid" on standard output, "&lt;file&gt; invalid" on standard error.</summary>
        public Dictionary<string, bool> Verdicts()
        {
            var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var line in Output.Split('\n'))
            {
                if (line.EndsWith(" invalid", StringComparison.Ordinal))
                {
                    verdicts[line[..^" invalid".Length]] = false;
                }
                else if (line.EndsWith(" valid", StringComparison.Ordinal))
                {
                    verdicts[line[..^" valid".Length]] = true;
                }
            }

            return verdicts;
        }
    }

    /// <summary>A temporary folder for the JSON copies of YAML documents that ajv reads; deleted afterwards.</summary>
    public sealed class ScratchDirectory : IDisposable
    {
        private readonly Workspace _workspace = new("norms-schema-");

        /// <summary>Writes each document of a YAML file as <c>folder-name.yaml.N.json</c>, so ajv's messages name the source.</summary>
        public IReadOnlyList<string> WriteDocuments(string yamlFile)
        {
            var documents = YamlToJson.Documents(File.ReadAllText(yamlFile));
            var prefix = $"{Path.GetFileName(Path.GetDirectoryName(yamlFile))}-{Path.GetFileName(yamlFile)}";
            return [.. documents.Select((json, i) => Write($"{prefix}.{i + 1}.json", json))];
        }

        /// <summary>Writes one JSON document under a name of its own; returns its path.</summary>
        public string Write(string name, string json) => _workspace.Write(name, json);

        /// <inheritdoc/>
        public void Dispose() => _workspace.Dispose();
    }
}
