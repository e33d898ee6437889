using System.Diagnostics;
using System.Text;
using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// Seeded fuzzing of <see cref="DocumentLoader"/>: thousands of random mutations of the sample organisations, the YAML
/// packs and their fixtures, half of them carrying <c># norms-ignore</c> and <c># expect</c> comments, each loaded with a
/// cancellation deadline on a watched thread. Every input must end quickly, with no exception escaping and every
/// finding located; a hang fails the test (naming the input) instead of hanging the run.
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int Seed = 20_260_311;
    private const int Inputs = 3000;

    /// <summary>Far above any real load of a few kilobytes; only a hang or a blow-up comes near it.</summary>
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);

    private static readonly string[] Directives =
    [
        "# norms-ignore PC0702: accepted by the board",
        "# norms-ignore PC0101, PC0603: reason",
        "# norms-ignore",
        "# expect: PC0101",
        "# expect-not: NE0003",
        "# expect-verdict: P1 satisfied",
        "# expect",
    ];

    private static readonly string[] Fragments =
    [
        ":", ": ", "- ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "!!int ", "!!str ", "!foo ", "|", ">", "\"", "'", "#",
        "\t", "---", "...", "%YAML 1.2", "\\", "\r", "\n", " expect", "norms-ignore", "~", "0x1F", "\u00e9", "\ufeff",
    ];

    [Fact]
    public async Task Load_SeededMutationsOfSamplesAndPacks_EveryInputEndsQuicklyWithoutExceptions()
    {
        var sources = Sources();
        Assert.True(sources.Count >= 20, $"Expected the samples, packs and fixtures as fuzzing sources; found {sources.Count}.");
        var random = new Random(Seed);
        var inputs = Enumerable.Range(0, Inputs).Select(i => Mutate(sources[random.Next(sources.Count)], random, withDirectives: i % 2 == 0)).ToList();
        var loader = new DocumentLoader();
        var failures = new List<string>();
        var done = 0;
        var slowest = TimeSpan.Zero;

        // One worker loads the inputs in turn; this thread watches it, so a stuck input fails the test by name.
        var worker = Task.Factory.StartNew(
            () =>
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var deadline = new CancellationTokenSource(PerInput);
                    try
                    {
                        var documents = i % 3 == 0
                            ? loader.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(inputs[i])), "fuzz.yaml", deadline.Token).GetAwaiter().GetResult()
                            : loader.Load(inputs[i], "fuzz.yaml", deadline.Token);
                        Check(documents, i, failures);
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"input {i} threw {ex.GetType().Name}: {ex.Message}\n{Show(inputs[i])}");
                    }

                    slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                    Volatile.Write(ref done, i + 1);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var seen = 0;
        var lastProgress = Stopwatch.StartNew();
        while (await Task.WhenAny(worker, Task.Delay(200)) != worker)
        {
            var now = Volatile.Read(ref done);
            if (now != seen)
            {
                (seen, lastProgress) = (now, Stopwatch.StartNew());
            }
            else if (lastProgress.Elapsed > PerInput + TimeSpan.FromSeconds(5))
            {
                Assert.Fail($"Loading input {now} has not ended after {lastProgress.Elapsed.TotalSeconds:0} s (a hang that ignores cancellation):\n{Show(inputs[now])}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Inputs} inputs failed:\n" + string.Join("\n\n", failures.Take(5)));
        Assert.True(slowest < PerInput, $"The slowest input took {slowest.TotalMilliseconds:0} ms.");
    }

    private static void Check(IReadOnlyList<PracticesDocument> documents, int input, List<string> failures)
    {
        if (documents.Count == 0)
        {
            failures.Add($"input {input} gave no document");
        }

        foreach (var document in documents)
        {
            if (document.Organisation is null && document.Findings.Count == 0)
            {
                failures.Add($"input {input}: document {document.Index} neither binds nor says why");
            }

            foreach (var finding in document.Findings)
            {
                if (finding.Location.Line < 1 || finding.Location.Column < 1 || finding.Location.File != "fuzz.yaml")
                {
                    failures.Add($"input {input}: {finding.RuleId} has no position: {finding.Location}");
                }
            }
        }
    }

    /// <summary>One to four random edits of a source text, and with <paramref name="withDirectives"/> a directive comment or two.</summary>
    private static string Mutate(string source, Random random, bool withDirectives)
    {
        var lines = source.Split('\n').ToList();
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var line = random.Next(lines.Count);
            var text = lines[line];
            var at = random.Next(text.Length + 1);
            switch (random.Next(10))
            {
                case 0 when text.Length > 0:
                    lines[line] = text.Remove(Math.Min(at, text.Length - 1), 1);
                    break;
                case 1:
                    lines[line] = text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    var colon = text.IndexOf(':', StringComparison.Ordinal);
                    lines[line] = colon < 0 ? text : text.Remove(colon, 1);
                    break;
                case 3:
                    lines.RemoveAt(line);
                    break;
                case 4:
                    lines.Insert(line, text);
                    break;
                case 5:
                    var other = random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 6:
                    lines[line] = random.Next(3) switch { 0 => " " + text, 1 => "\t" + text, _ => text.TrimStart() };
                    break;
                case 7:
                    lines.Insert(line, "---");
                    break;
                case 8:
                    lines[line] = text[..at];
                    break;
                default:
                    lines[line] = text.Insert(at, random.Next(2) == 0 ? "expect" : "norms-ignore");
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }
        }

        if (withDirectives)
        {
            for (var count = random.Next(1, 3); count > 0; count--)
            {
                var line = random.Next(lines.Count);
                var directive = Directives[random.Next(Directives.Length)];
                if (random.Next(2) == 0)
                {
                    lines[line] += "  " + directive;
                }
                else
                {
                    lines.Insert(line, directive);
                }
            }
        }

        var result = string.Join('\n', lines);
        return random.Next(8) == 0 ? result[..random.Next(result.Length + 1)] : result;
    }

    private static List<string> Sources()
    {
        var root = RepositoryPaths.Root;
        var files = new List<string>();
        foreach (var (folder, recursive) in new[] { ("samples/organisations", false), ("rules/packs", true), ("tests/NormsEngine.Testing.Tests/fixtures", false) })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.yaml", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly));
            }
        }

        return [.. files.Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static string Show(string input) => input.Length <= 2000 ? input : input[..2000] + "...";
}
