using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.Configuration;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Configuration;

/// <summary>
/// A seeded fuzz over mutations of a real baseline (written by the tool for a pack's fixture): every input ends
/// within its bound, and either loads and applies, or is a <see cref="BaselineException"/> naming the file, line and
/// column; no other exception escapes (a JSON number or escape that is not a baseline was an "internal error").
/// </summary>
public sealed partial class BaselineFuzzTests : IDisposable
{
    private const int Seed = 11_2028;
    private const int Inputs = 1000;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(15);

    private readonly Workspace _workspace = new("norms-baseline-fuzz-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Load_MutatedBaselines_LoadOrFailWithFileLineAndColumn()
    {
        var root = RepositoryPaths.Root;
        var pack = RulePackFile.Load(Path.Combine(root, "rules", "packs", "supplier-security", "pack.yaml")).Pack!;
        var evaluator = new NormsEvaluator([pack]);
        var document = File.ReadAllText(Path.Combine(root, "rules", "packs", "supplier-security", "fixtures", "failing.yaml"));
        var writer = new StringWriter();
        Baseline.Write(evaluator.EvaluateYaml(document, "failing.yaml"), writer);
        var baseline = writer.ToString();
        Assert.True(Baseline.Load(_workspace.Write("original.json", Encoding.UTF8.GetBytes(baseline))).Fingerprints.Count >= 5, "the real baseline should hold the fixture's findings");

        var (loaded, rejected) = (0, 0);
        for (var i = 0; i < Inputs; i++)
        {
            var random = new Random(Seed + i);
            var text = HostileMutator.MutateJson(baseline, random);
            var bytes = Encoding.UTF8.GetBytes(text);
            bytes = random.Next(5) switch
            {
                0 => HostileMutator.BreakUtf8(bytes, random),
                1 => [0xEF, 0xBB, 0xBF, .. bytes],
                _ => bytes,
            };
            var path = _workspace.Write($"baseline-{i}.json", bytes);
            var input = Bounded.Describe($"input {i}", text);

            var (result, error) = Bounded.Input(input, PerInput, () =>
            {
                try
                {
                    return ((Baseline?)Baseline.Load(path), (BaselineException?)null);
                }
                catch (BaselineException ex)
                {
                    return ((Baseline?)null, (BaselineException?)ex);
                }
            });

            if (error is not null)
            {
                rejected++;
                var located = Located().Match(error.Message);
                Assert.True(
                    located.Success && !error.Message.Any(char.IsControl) && located.Groups["file"].Value == path && int.Parse(located.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1 && int.Parse(located.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1,
                    $"{input}\nunlocated or multi-line error: {error.Message}");
                continue;
            }

            loaded++;
            var report = Bounded.Input(input, PerInput, () => evaluator.EvaluateYaml(document, "failing.yaml", new EvaluationOptions { Baseline = result }));
            Assert.NotNull(report.Baseline);
        }

        Assert.True(rejected > Inputs / 4 && loaded > 100, $"rejected {rejected}, loaded {loaded}");
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): ")]
    private static partial Regex Located();
}
