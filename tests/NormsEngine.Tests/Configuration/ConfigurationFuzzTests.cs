using System.Text;
using NormsEngine.Configuration;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Configuration;

/// <summary>
/// A seeded fuzz over mutations of the sample and template configurations: every input ends within its bound, no
/// exception escapes, every problem is an NE0103 with the file, line and column, and every configuration that loads
/// (severities, thresholds, suppressions with their document globs) evaluates a document.
/// </summary>
public sealed class ConfigurationFuzzTests : IDisposable
{
    private const int Seed = 11_2027;
    private const int Inputs = 1000;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(15);

    /// <summary>Names a suppression's document glob can match or miss: nested, like CI repositories hold them.</summary>
    private const string DocumentName = "policies/eu/hospital.yaml";

    private readonly Workspace _workspace = new("norms-config-fuzz-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_MutatedConfigurations_EveryProblemIsALocatedNe0103AndLoadedOnesEvaluate()
    {
        var sources = Sources();
        var root = RepositoryPaths.Root;
        var pack = RulePackFile.Load(Path.Combine(root, "rules", "packs", "supplier-security", "pack.yaml")).Pack!;
        var evaluator = new NormsEvaluator([pack]);
        var document = File.ReadAllText(Path.Combine(root, "rules", "packs", "supplier-security", "fixtures", "failing.yaml"));
        var (loaded, rejected) = (0, 0);
        for (var i = 0; i < Inputs; i++)
        {
            var random = new Random(Seed + i);
            var source = sources[random.Next(sources.Count)];
            var text = HostileMutator.MutateYaml(source.Text, random);
            var viaFile = random.Next(6) == 0;
            var file = viaFile ? _workspace.PathOf($"config-{i}.yaml") : "norms.config.yaml";
            var input = Bounded.Describe($"input {i} (from {source.Name})", text);

            var result = Bounded.Input(input, PerInput, () =>
            {
                if (!viaFile)
                {
                    return ConfigurationFile.Parse(text, file);
                }

                var bytes = Encoding.UTF8.GetBytes(text);
                File.WriteAllBytes(file, random.Next(2) == 0 ? HostileMutator.BreakUtf8(bytes, random) : bytes);
                return ConfigurationFile.Load(file);
            });

            AssertLocated(result.Errors, file, input);
            if (result.Errors.Count > 0)
            {
                rejected++;
                continue;
            }

            loaded++;
            var configuration = result.Configuration;
            var problems = Bounded.Input(input, PerInput, () => ConfigurationFile.Validate(configuration, pack.Descriptors.Concat(EngineDiagnostics.All), pack.Thresholds.Keys, ["paris-call"]));
            Assert.All(problems, p => Assert.True(p.RuleId == "NE0103" && p.Location.File == file, $"{input}\nwrong finding: {p}"));
            var report = Bounded.Input(input, PerInput, () => evaluator.EvaluateYaml(document, DocumentName, EvaluationOptions.FromConfiguration(configuration)));
            Assert.True(report.Documents.Count == 1, input);
        }

        Assert.True(rejected > Inputs / 4 && loaded > 100, $"rejected {rejected}, loaded {loaded}");
    }

    private static void AssertLocated(IReadOnlyList<Finding> errors, string file, string input)
    {
        foreach (var error in errors)
        {
            Assert.True(
                error.RuleId == "NE0103" && error.Location.File == file && error.Location.Line >= 1 && error.Location.Column >= 1
                    && !error.Message.Any(char.IsControl),
                $"{input}\nunlocated, wrong or multi-line finding: {error}");
        }
    }

    /// <summary>The CI sample, the template norms init writes, and a configuration with every kind of suppression.</summary>
    private static List<(string Name, string Text)> Sources()
    {
        var root = RepositoryPaths.Root;
        return
        [
            ("samples/ci/norms.config.yaml", File.ReadAllText(Path.Combine(root, "samples", "ci", "norms.config.yaml"))),
            ("init template", File.ReadAllText(Path.Combine(root, "src", "NormsEngine.Cli", "Templates", "norms.config.yaml"))),
            ("suppressions", """
                apiVersion: norms/v1
                kind: Configuration
                rules:
                  SUP01*: warning
                  SUP0105: none
                principles:
                  P6: info
                thresholds:
                  maxSupplierNoticeHours: 12
                suppressions:
                  - rule: SUP0102
                    path: supplyChain.suppliers[0].securityClauses
                    document: "policies/**/hospital.yaml"
                    justification: Clauses are being renegotiated.
                    owner: procurement@example.org
                    expires: 2099-12-31
                  - rule: SUP*
                    path: supplyChain.*
                    document: "**/eu/*.yaml"
                    justification: Accepted for the pilot.
                  - rule: NE0201
                    document: "policies/?u/**"
                    justification: Data follows.
                failOn: info
                """),
        ];
    }
}
