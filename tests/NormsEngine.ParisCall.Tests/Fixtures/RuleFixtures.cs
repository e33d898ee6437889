using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests.Fixtures;

/// <summary>
/// The Paris Call rule fixtures: one file per rule under <c>Fixtures/P*/</c>, named after the rule
/// (<c>PC0702.yaml</c>), each a multi-document practices file annotated for <see cref="Testing.PackFixture"/>.
/// A fixture is evaluated with every other Paris Call rule turned off, so that its NE0201 (insufficient data)
/// findings can only come from its own rule and a document needs no annotations for the other fifty rules.
/// </summary>
internal static partial class RuleFixtures
{
    private static readonly ParisCallPack Pack = new();

    /// <summary>The fixtures folder in the source tree (not a copy in bin/, where a deleted fixture would live on).</summary>
    public static string Folder { get; } = RepositoryPaths.Combine("tests", "NormsEngine.ParisCall.Tests", "Fixtures");

    /// <summary>Every fixture, as a path relative to <see cref="Folder"/> with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>The full path of a fixture given as returned by <see cref="Files"/>.</summary>
    public static string PathOf(string fixture) => Path.Combine(Folder, fixture);

    /// <summary>The rule a fixture is about: the ID its file name starts with, or <c>null</c>.</summary>
    public static string? RuleOf(string fixture) =>
        RuleName().Match(Path.GetFileName(fixture)) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>Options that evaluate <paramref name="ruleId"/> at its default severity and no other Paris Call rule.</summary>
    public static EvaluationOptions OptionsFor(string ruleId)
    {
        var descriptor = Pack.Descriptors.Single(d => d.Id == ruleId);
        return new EvaluationOptions
        {
            Severities = new Dictionary<string, Severity>
            {
                ["PC*"] = Severity.None,
                [ruleId] = descriptor.DefaultSeverity,
            },
        };
    }

    /// <summary>
    /// The <c>expect</c> and <c>expect-not</c> annotations of a fixture, one per rule ID named, with the (1-based)
    /// document they sit in. Read from the text so that coverage can be checked without running the fixture.
    /// </summary>
    public static IReadOnlyList<(int Document, string Kind, string Id)> Annotations(string fixture)
    {
        var annotations = new List<(int, string, string)>();
        var document = 1;
        foreach (var line in File.ReadLines(PathOf(fixture)))
        {
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                document++; // an annotation on the marker line belongs to the document it starts
            }

            if (Annotation().Match(line) is { Success: true } match)
            {
                foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    annotations.Add((document, match.Groups["kind"].Value, id));
                }
            }
        }

        return annotations;
    }

    /// <summary>How many documents a fixture has (its <c>---</c> separators plus one).</summary>
    public static int DocumentCount(string fixture) =>
        1 + File.ReadLines(PathOf(fixture)).Count(l => l.StartsWith("---", StringComparison.Ordinal));

    [GeneratedRegex(@"^(PC\d{4})(?:[-.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RuleName();

    [GeneratedRegex(@"#\s*(?<kind>expect-not|expect)\s*:\s*(?<ids>[^#]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Annotation();
}
