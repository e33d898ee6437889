using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Diagnostics;

/// <summary>
/// The engine diagnostics' documentation: a page per NE ID in <c>rules/engine/</c>, in the shape of the Paris Call
/// pages, and the ID ledger <c>rules/engine/RELEASES.md</c>, checked against <see cref="EngineDiagnostics.All"/>.
/// </summary>
public sealed partial class EngineDiagnosticPagesTests
{
    private static readonly string[] Sections = ["## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Example"];

    /// <summary>Every engine diagnostic's ID.</summary>
    public static TheoryData<string> Ids => [.. EngineDiagnostics.All.Select(d => d.Id)];

    private static string Folder => Path.Combine(RepositoryPaths.Root, "rules", "engine");

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_EachEngineDiagnostic_HasItsTitleSeverityAndSections(string id)
    {
        var descriptor = EngineDiagnostics.All.Single(d => d.Id == id);
        var page = ReadPage(id);

        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"\n| Rule ID | {id} |\n", page, StringComparison.Ordinal);
        Assert.Contains("\n| Category | Engine |\n", page, StringComparison.Ordinal);
        Assert.Contains($"\n| Default severity | {Name(descriptor.DefaultSeverity)} |\n", page, StringComparison.Ordinal);
        Assert.Matches(LoweredRow(), page);
        var positions = Sections.Select(s => page.IndexOf("\n" + s + "\n", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0, $"rules/engine/{id}.md lacks one of: {string.Join(", ", Sections)}"));
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpUri_EachEngineDiagnostic_IsItsPageInTheEngineFolder(string id)
    {
        var descriptor = EngineDiagnostics.All.Single(d => d.Id == id);

        Assert.Equal(new Uri("https://github.com/normsengine/normsengine/blob/main/rules/engine/" + id + ".md"), descriptor.HelpUri);
        Assert.True(File.Exists(Path.Combine(Folder, id + ".md")), $"rules/engine/{id}.md is missing");
    }

    [Fact]
    public void Ledger_EveryEngineDiagnostic_IsListedOnceWithItsSeverityAndTitle()
    {
        var rows = ReadLedger();

        foreach (var descriptor in EngineDiagnostics.All)
        {
            var row = Assert.Single(rows, r => r.Id == descriptor.Id);
            Assert.Equal((Name(descriptor.DefaultSeverity), descriptor.Title), (row.Severity, row.Title));
        }
    }

    [Fact]
    public void Ledger_Entries_AreExactlyTheEngineDiagnostics()
    {
        var rows = ReadLedger();

        Assert.All(rows, r => Assert.Matches(@"^(Release \d+\.\d+\.\d+|Unreleased)$", r.Section));
        Assert.Equal(
            EngineDiagnostics.All.Select(d => d.Id).Order(StringComparer.Ordinal),
            rows.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ledger_EveryEntry_HasAPageWithItsTitleAndSeverityAndThereIsNoOtherPage()
    {
        var rows = ReadLedger();
        var pages = Directory.GetFiles(Folder, "NE*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(rows.Select(r => r.Id).Order(StringComparer.Ordinal), pages);
        foreach (var row in rows)
        {
            var page = ReadPage(row.Id);
            Assert.StartsWith($"# {row.Id}: {row.Title}\n", page, StringComparison.Ordinal);
            Assert.Contains($"\n| Default severity | {row.Severity} |\n", page, StringComparison.Ordinal);
        }
    }

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string ReadPage(string id)
    {
        var path = Path.Combine(Folder, id + ".md");
        Assert.True(File.Exists(path), $"rules/engine/{id}.md is missing");
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    /// <summary>
    /// The ledger's table rows with the release section (<c>## Release x.y.z</c> or <c>## Unreleased</c>) they are
    /// under. The Paris Call ledger test's pattern has a principle column, so this ledger has its own.
    /// </summary>
    private static List<LedgerRow> ReadLedger()
    {
        var rows = new List<LedgerRow>();
        var section = string.Empty;
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "RELEASES.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
            }
            else if (Row().Match(line) is { Success: true } match)
            {
                rows.Add(new LedgerRow(section, match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim()));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\| (NE\d{4}) \| (error|warning|info) \| (.+?) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\n\| Lowered by configuration \| (yes|no)\b[^\n]*\|\n")]
    private static partial Regex LoweredRow();

    private sealed record LedgerRow(string Section, string Id, string Severity, string Title);
}
