using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// A seeded fuzz through the command line: mutated packs (<c>--pack</c>), configurations (<c>--config</c>) and
/// baselines (<c>--baseline</c>) given to <c>norms check</c>. Every run ends within its bound with exit code 0, 1 or 2,
/// never an internal error, and every line on standard error is a located finding or a known message.
/// The library's fuzz tests run thousands of inputs; these check that the tool adds no crash of its own.
/// </summary>
public sealed partial class HostileInputFuzzTests : IDisposable
{
    private const int Seed = 11_2029;
    private const int InputsPerKind = 60;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    private readonly Workspace _workspace = new();

    public HostileInputFuzzTests() => _workspace.CopySample("hospital.yaml");

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("--pack")]
    [InlineData("--config")]
    [InlineData("--baseline")]
    public void Check_MutatedInput_EndsWithALocatedErrorOrAReport(string option)
    {
        var root = RepositoryPaths.Root;
        var source = option switch
        {
            "--pack" => File.ReadAllText(Path.Combine(root, "rules", "packs", "supplier-security", "pack.yaml")),
            "--config" => Config(root),
            _ => Baseline("real.baseline.json"),
        };
        var counts = new Dictionary<int, int>();
        for (var i = 0; i < InputsPerKind; i++)
        {
            var random = new Random(Seed + (i * 3) + option.Length);
            var text = option == "--baseline" ? HostileMutator.MutateJson(source, random) : HostileMutator.MutateYaml(source, random);
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(_workspace.Folder, "input.yaml"), random.Next(4) == 0 ? HostileMutator.BreakUtf8(bytes, random) : bytes);
            var input = $"input {i} for {option}:\n{(text.Length > 2000 ? text[..2000] + "..." : text)}";

            var (exit, _, error) = Bounded(input, () => _workspace.Run("check", "hospital.yaml", option, "input.yaml"));

            Assert.True(exit is 0 or 1 or 2, $"{input}\nexit code {exit}");
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
            foreach (var line in error.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(Expected().IsMatch(line), $"{input}\nunexpected line on standard error: {line}");
            }

            counts[exit] = counts.GetValueOrDefault(exit) + 1;
        }

        // Some mutations break the input (exit 2), some leave it usable (a report, exit 0 or 1).
        Assert.True(counts.GetValueOrDefault(2) > 0 && counts.GetValueOrDefault(0) + counts.GetValueOrDefault(1) > 0, string.Join(", ", counts));
    }

    private static T Bounded<T>(string input, Func<T> run) => TestSupport.Bounded.Input(input, PerInput, run);

    private string Baseline(string file)
    {
        var (exit, _, error) = _workspace.Run("baseline", "create", "hospital.yaml", "--output", file);
        Assert.True(exit == 0, error);
        return _workspace.Read(file);
    }

    /// <summary>The CI sample configuration, with the baseline it names.</summary>
    private string Config(string root)
    {
        Baseline("norms.baseline.json");
        return File.ReadAllText(Path.Combine(root, "samples", "ci", "norms.config.yaml"));
    }

    /// <summary>A located finding, a baseline error with its position, a file that cannot be read (no position to give), or the baseline hint.</summary>
    [GeneratedRegex(@"^(.+\(\d+,\d+\): (error|warning|info) NE\d{4}: |norms: .+\(\d+,\d+\): |norms: create the baseline with |.+: error NE010[13]: The (pack|configuration) file cannot be read: |norms: .+: The baseline cannot be read: )")]
    private static partial Regex Expected();
}
