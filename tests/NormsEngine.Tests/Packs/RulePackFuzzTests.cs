using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Packs;

/// <summary>
/// A seeded fuzz over mutations of the shipped packs and the test packs: every input ends within its bound, no
/// exception escapes, every problem is an NE0101 with the file, line and column, and the packs that still load
/// evaluate a document.
/// </summary>
public sealed partial class RulePackFuzzTests : IDisposable
{
    private const int Seed = 11_2026;
    private const int Inputs = 1000;

    /// <summary>Evaluating compiles a rule network per pack: a sample of the loaded packs is enough.</summary>
    private const int MaxEvaluations = 30;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(15);

    private readonly Workspace _workspace = new("norms-pack-fuzz-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_MutatedPacks_EveryProblemIsALocatedNe0101AndLoadedPacksEvaluate()
    {
        var sources = Sources();
        var known = sources.SelectMany(s => ThresholdReference().Matches(s.Text).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToList();
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "packs", "supplier-security", "fixtures", "failing.yaml"));
        var (loaded, evaluated, rejected) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Inputs; i++)
        {
            var random = new Random(Seed + i);
            var source = sources[random.Next(sources.Count)];
            var text = HostileMutator.MutateYaml(source.Text, random);
            var viaFile = random.Next(6) == 0;
            var file = viaFile ? _workspace.PathOf($"pack-{i}.yaml") : "pack.yaml";
            var input = Bounded.Describe($"input {i} (from {source.Name})", text);

            var result = Bounded.Input(input, PerInput, () =>
            {
                if (!viaFile)
                {
                    return RulePackFile.Parse(text, file, known);
                }

                var bytes = Encoding.UTF8.GetBytes(text);
                File.WriteAllBytes(file, random.Next(2) == 0 ? HostileMutator.BreakUtf8(bytes, random) : bytes);
                return RulePackFile.Load(file, known);
            });

            foreach (var error in result.Errors)
            {
                Assert.True(
                    error.RuleId == "NE0101" && error.Location.File == file && error.Location.Line >= 1 && error.Location.Column >= 1
                        && !error.Message.Any(char.IsControl),
                    $"{input}\nunlocated, wrong or multi-line finding: {error}");
            }

            rejected += result.Errors.Count > 0 ? 1 : 0;
            if (result.Pack is { } pack)
            {
                loaded++;
                if (evaluated < MaxEvaluations && loaded % 3 == 0)
                {
                    evaluated++;
                    var report = Bounded.Input(input, PerInput, () => new NormsEvaluator([pack]).EvaluateYaml(document, "org.yaml"));
                    Assert.True(report.Documents.Count == 1, input);
                }
            }
        }

        // The mutations both break packs and leave some loadable, so both paths ran.
        Assert.True(rejected > Inputs / 4 && loaded > 50 && evaluated >= 15, $"rejected {rejected}, loaded {loaded}, evaluated {evaluated}, in {clock.Elapsed}");
    }

    /// <summary>The shipped packs, the test packs, and one pack that uses matches, forEach, appliesWhen and not.</summary>
    private static List<(string Name, string Text)> Sources()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "rules", "packs"), "pack.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "NormsEngine.Tests", "Packs", "fixtures"), "*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        Assert.True(files.Count >= 4, "the shipped and test packs were not found");
        files.Add(("matches pack", PackHarness.OneRule(
            "{ any: [ { item.name: { matches: \"^(Fleet|Ware)\" } }, { not: { item.incidentNoticeHours: { lessThan: 48 } } } ] }",
            appliesWhen: "{ item.name: { matches: '(?i)gmbh|oy$' } }",
            forEach: true)));
        return files;
    }

    [GeneratedRegex(@"threshold:\s*([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex ThresholdReference();
}
