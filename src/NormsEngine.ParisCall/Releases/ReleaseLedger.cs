using System.Globalization;
using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;

namespace NormsEngine.ParisCall.Releases;

/// <summary>
/// The pack's release ledger, <c>rules/paris-call/RELEASES.md</c>, read as data: per release, the rules it added, removed
/// and changed (with the old and new severity), in the manner of roslyn-analyzers' <c>AnalyzerReleases</c> files. The
/// pack builds the rule set of a release from it, so what the ledger says and what a pinned release runs cannot differ.
/// </summary>
internal sealed partial class ReleaseLedger
{
    private readonly List<Release> _releases;

    private ReleaseLedger(List<Release> releases) => _releases = releases;

    /// <summary>The releases, oldest first.</summary>
    public IReadOnlyList<string> Versions => [.. _releases.Select(r => r.Version)];

    /// <summary>The newest release.</summary>
    public string Latest => _releases[^1].Version;

    /// <summary>Whether <paramref name="version"/> is a release of the ledger.</summary>
    public bool Has(string version) => _releases.Exists(r => r.Version == version);

    /// <summary>The rules of <paramref name="version"/>: every rule added up to it and not removed, at its severity then.</summary>
    /// <returns>The rules by ID.</returns>
    public IReadOnlyDictionary<string, LedgerRule> RulesAt(string version)
    {
        var rules = new Dictionary<string, LedgerRule>(StringComparer.Ordinal);
        foreach (var release in _releases)
        {
            foreach (var rule in release.New)
            {
                rules[rule.Id] = rule;
            }

            foreach (var rule in release.Removed)
            {
                rules.Remove(rule.Id);
            }

            foreach (var (id, _, newSeverity) in release.Changed)
            {
                rules[id] = rules[id] with { Severity = newSeverity };
            }

            if (release.Version == version)
            {
                return rules;
            }
        }

        throw new ArgumentException($"The ledger has no release {version}.", nameof(version));
    }

    /// <summary>The release that added <paramref name="id"/>, or <c>null</c> when the ledger does not name it.</summary>
    public string? SinceOf(string id) => _releases.FirstOrDefault(r => r.New.Exists(n => n.Id == id))?.Version;

    /// <summary>The release that removed <paramref name="id"/>, or <c>null</c>.</summary>
    public string? RemovedIn(string id) => _releases.FirstOrDefault(r => r.Removed.Exists(n => n.Id == id))?.Version;

    /// <summary>Every rule the ledger has ever added, as first added.</summary>
    public IEnumerable<LedgerRule> AllRules => _releases.SelectMany(r => r.New);

    /// <summary>
    /// Reads the ledger. A mistake (a table row outside a section, an unknown severity, an ID added twice, a removed or
    /// changed rule that is not in the release before, an old severity that is not the rule's) throws with the line.
    /// </summary>
    /// <param name="text">The Markdown text.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="FormatException">The ledger is not well formed.</exception>
    public static ReleaseLedger Parse(string text)
    {
        var releases = new List<Release>();
        Release? release = null;
        string? section = null;
        var current = new Dictionary<string, LedgerRule>(StringComparer.Ordinal);
        var everAdded = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var at = i + 1;
            if (ReleaseHeading().Match(line) is { Success: true } heading)
            {
                var version = heading.Groups[1].Value;
                if (releases.Count > 0 && Compare(releases[^1].Version, version) >= 0)
                {
                    throw Error(at, $"release {version} must come after release {releases[^1].Version} (oldest first)");
                }

                release = new Release(version);
                releases.Add(release);
                section = null;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line[4..].Trim().ToLowerInvariant();
                if (release is null || section is not ("new rules" or "removed rules" or "changed rules"))
                {
                    throw Error(at, $"'{line}' is not a section of a release (New rules, Removed rules or Changed rules)");
                }
            }
            else if (line.StartsWith("| PC", StringComparison.Ordinal) || line.StartsWith("| pc", StringComparison.OrdinalIgnoreCase))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (release is null || section is null)
                {
                    throw Error(at, "a rule row outside a release's section");
                }

                Row(release, section, cells, at, current, everAdded);
            }
        }

        return releases.Count == 0 ? throw Error(1, "no release (## Release X.Y.Z)") : new ReleaseLedger(releases);
    }

    private static void Row(Release release, string section, string[] cells, int at, Dictionary<string, LedgerRule> current, HashSet<string> everAdded)
    {
        var id = cells[0];
        switch (section)
        {
            case "new rules" when cells.Length == 4:
                if (!everAdded.Add(id))
                {
                    throw Error(at, $"{id} was added before; a rule ID is never reused");
                }

                var added = new LedgerRule(id, cells[1], Severity(cells[2], at), cells[3]);
                release.New.Add(added);
                current[id] = added;
                break;
            case "removed rules" when cells.Length == 4:
                if (!current.Remove(id, out var removed))
                {
                    throw Error(at, $"{id} is removed but is not a rule of the release before");
                }

                release.Removed.Add(removed);
                break;
            case "changed rules" when cells.Length == 5:
                var (newSeverity, oldSeverity) = (Severity(cells[2], at), Severity(cells[3], at));
                if (!current.TryGetValue(id, out var changed) || changed.Severity != oldSeverity)
                {
                    throw Error(at, $"{id} changes from {cells[3]}, but it is not a rule of the release before at that severity");
                }

                current[id] = changed with { Severity = newSeverity };
                release.Changed.Add((id, oldSeverity, newSeverity));
                break;
            default:
                throw Error(at, $"a row of '{section}' has {cells.Length} cells");
        }
    }

    /// <summary>Orders two MAJOR.MINOR.PATCH versions.</summary>
    public static int Compare(string a, string b) => System.Version.Parse(a).CompareTo(System.Version.Parse(b));

    private static Severity Severity(string text, int at) => text switch
    {
        "error" => Diagnostics.Severity.Error,
        "warning" => Diagnostics.Severity.Warning,
        "info" => Diagnostics.Severity.Info,
        _ => throw Error(at, $"unknown severity '{text}'"),
    };

    private static FormatException Error(int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"RELEASES.md({line}): {message}."));

    [GeneratedRegex(@"^## Release (\d+\.\d+\.\d+)$")]
    private static partial Regex ReleaseHeading();

    private sealed class Release(string version)
    {
        public string Version { get; } = version;

        public List<LedgerRule> New { get; } = [];

        public List<LedgerRule> Removed { get; } = [];

        public List<(string Id, Severity Old, Severity New)> Changed { get; } = [];
    }
}

/// <summary>A rule as the ledger records it.</summary>
/// <param name="Id">The rule ID.</param>
/// <param name="Principle">Its principle (P1 to P9).</param>
/// <param name="Severity">Its default severity.</param>
/// <param name="Title">Its title, or the note of a removal.</param>
internal sealed record LedgerRule(string Id, string Principle, Severity Severity, string Title);
