using System.Globalization;
using NormsEngine.Documents;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Schemas;

/// <summary>
/// The loader and the committed JSON Schema accept the same documents (issue 11). Seeded mutations of every sample
/// organisation (values of other types, numbers as text, tags, padded and odd URLs, countries and dates, repeated
/// list items, fields added and removed) are loaded by <see cref="DocumentLoader"/> and validated by ajv in one run;
/// for each, "no NE0002, NE0003, NE0006 or NE0007" must equal "valid". A value JSON cannot hold (a tag outside the
/// core schema, <c>!!int abc</c>) must be NE0003.
/// </summary>
public sealed class SchemaDifferentialTests
{
    private const int Seed = 11;
    private const int PerSample = 40;

    private static readonly string[] Rejections = ["NE0002", "NE0003", "NE0006", "NE0007"];

    [Fact]
    public void LoaderAndAjv_SeededMutationsOfTheSamples_AgreeOnEveryDocument()
    {
        var samples = Directory.GetFiles(RepositoryPaths.SamplesDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.True(samples.Count >= 10, $"Expected the sample organisations in {RepositoryPaths.SamplesDirectory}; found {samples.Count}.");
        var random = new Random(Seed);
        var mutator = new DocumentMutator(random);
        var loader = new DocumentLoader();
        using var scratch = new AjvRunner.ScratchDirectory();
        var cases = new List<Case>();
        var problems = new List<string>();
        var withoutJson = 0;

        foreach (var sample in samples)
        {
            var original = Assert.Single(DocumentMutator.Parse(File.ReadAllText(sample)));
            for (var i = 0; i < PerSample; i++)
            {
                var (document, changes) = mutator.Mutate(original);
                var text = DocumentMutator.Emit(document);
                var name = $"{Path.GetFileNameWithoutExtension(sample)}-{i.ToString("D2", CultureInfo.InvariantCulture)}";
                var findings = Assert.Single(loader.Load(text, name)).Findings;
                var described = $"{name} ({string.Join("; ", changes)}): loader said [{string.Join("; ", findings.Select(f => $"{f.RuleId} {f.Message}"))}]";
                if (findings.Any(f => f.RuleId is "NE0001" or "NE0004" or "NE0005"))
                {
                    problems.Add($"the generator wrote YAML the loader cannot read: {described}\n{text}");
                    continue;
                }

                var accepted = !findings.Any(f => Rejections.Contains(f.RuleId));
                string json;
                try
                {
                    json = Assert.Single(YamlToJson.Documents(text));
                }
                catch (NotSupportedException ex)
                {
                    // JSON has no tags: such a value is the loader's alone to reject. Under an unknown key it is
                    // rejected with that key's NE0002 (the value is never read); anywhere else with NE0003.
                    withoutJson++;
                    if (!findings.Any(f => f.RuleId == "NE0003") && !(changes.Any(c => c.Contains("(added)", StringComparison.Ordinal)) && findings.Any(f => f.RuleId == "NE0002")))
                    {
                        problems.Add($"no JSON form ({ex.Message}), yet no NE0003: {described}");
                    }

                    continue;
                }

                cases.Add(new Case(scratch.Write(name + ".json", json), accepted, described));
            }
        }

        var verdicts = Verdicts(cases.Select(c => c.Path));
        var disagreements = new List<Case>();
        foreach (var item in cases)
        {
            if (!verdicts.TryGetValue(item.Path, out var verdict))
            {
                problems.Add($"ajv gave no verdict for {item.Path}: {item.Described}");
            }
            else if (verdict != item.Accepted)
            {
                disagreements.Add(item);
            }
        }

        if (disagreements.Count > 0)
        {
            // Only now ask ajv why, for the first few: its error lines are long.
            var explained = AjvRunner.Run("validate", [.. disagreements.Take(8).Select(c => c.Path)]);
            problems.AddRange(disagreements.Select(item =>
                $"ajv says {(item.Accepted ? "invalid" : "valid")} {ErrorLine(explained, item.Path)}, the loader {(item.Accepted ? "accepts" : "rejects")}: {item.Described}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} disagreements among {cases.Count + withoutJson} documents:\n" + string.Join("\n\n", problems.Take(8)));

        // Not a vacuous agreement: both verdicts occur often, and some values had no JSON form.
        var valid = cases.Count(c => c.Accepted);
        Assert.InRange(valid, cases.Count / 5, cases.Count * 4 / 5);
        Assert.InRange(withoutJson, 5, cases.Count / 4);
    }

    /// <summary>ajv's verdict per file, in runs small enough that their output always fits in a pipe (see <see cref="AjvRunner.Run"/>).</summary>
    private static Dictionary<string, bool> Verdicts(IEnumerable<string> files)
    {
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var batch in files.Chunk(400))
        {
            var run = AjvRunner.Run("validate", batch, errors: "no");
            Assert.True(run.ExitCode is 0 or 1, $"ajv failed (exit code {run.ExitCode}):\n{run.Output}");
            foreach (var (file, valid) in run.Verdicts())
            {
                verdicts[file] = valid;
            }
        }

        return verdicts;
    }

    private static string ErrorLine(AjvRunner.AjvResult run, string path)
    {
        var lines = run.StandardError.Split('\n');
        var at = Array.IndexOf(lines, path + " invalid");
        return at >= 0 && at + 1 < lines.Length ? lines[at + 1] : string.Empty;
    }

    private sealed record Case(string Path, bool Accepted, string Described);
}
