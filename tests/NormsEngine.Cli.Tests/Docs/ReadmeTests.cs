using System.Text.RegularExpressions;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Docs;

/// <summary>What README.md states about the tool holds.</summary>
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(RepositoryPaths.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Readme_FirstSetUpCommand_PrintsWhatTheReadmeShows()
    {
        const string Marker = "The first command prints:\n\n```text\n";
        var start = Readme.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
        var shown = Readme[start..Readme.IndexOf("```", start, StringComparison.Ordinal)];

        var (exit, output, error) = CliRunner.Run("check", "samples/organisations/hospital.yaml");

        Assert.Equal(0, exit);
        Assert.Equal(Lines(shown), Lines(output + error));

        static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public void Readme_SuppressedAndBaselinedFindings_KeptOrLeftOutByExactlyTheFormatsItNames()
    {
        var statement = FormatsStatement().Match(Paragraphs().Single(p => FormatsStatement().IsMatch(p)));
        var kept = CodeSpans(statement.Groups["kept"].Value);
        var omitted = CodeSpans(statement.Groups["omitted"].Value);
        Assert.Equal(ReportFormatters.Names.Order(StringComparer.Ordinal), kept.Concat(omitted).Order(StringComparer.Ordinal));

        // The hospital sample's two findings: the first (PC0708) suppressed, the last (PC0608) baselined. Each format
        // writes the report once with them and once without them.
        var report = ReportSamples.Decorated("hospital");
        var findings = report.Documents[0].Findings;
        Assert.True(findings.Count == 2 && findings[0].IsSuppressed && findings[1].BaselineState == BaselineState.Unchanged);
        var without = report with { Documents = [report.Documents[0] with { Findings = [] }] };
        foreach (var format in ReportFormatters.Names)
        {
            var with = Write(format, report);
            var plain = Write(format, without);
            if (kept.Contains(format))
            {
                Assert.True(Count(with, "PC0708") > Count(plain, "PC0708"), $"{format}: the suppressed finding is missing:\n{with}");
                Assert.True(Count(with, "PC0608") > Count(plain, "PC0608"), $"{format}: the baselined finding is missing:\n{with}");
            }
            else
            {
                Assert.Equal(plain, with);
            }
        }
    }

    [Fact]
    public void Readme_EveryToolInstall_FromAFolderThatTheBlockPacksInto()
    {
        var blocks = MarkdownSnippet.Extract("README.md", Readme, "sh").Where(b => b.Code.Contains("dotnet tool install", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => AssertInstallsWhatItPacks(b.ToString(), b.Code));
        Assert.DoesNotContain("--version 0.1.0", Readme, StringComparison.Ordinal);
    }

    /// <summary>Each `dotnet tool install` takes its packages only from a folder that a `dotnet pack -o` line before it fills.</summary>
    internal static void AssertInstallsWhatItPacks(string where, string commands)
    {
        var packed = new List<string>();
        var installs = 0;
        foreach (var line in commands.Split('\n').Select(l => l.Trim()))
        {
            if (PackLine().Match(line) is { Success: true } pack)
            {
                packed.Add(pack.Groups["folder"].Value);
            }
            else if (line.StartsWith("dotnet tool install", StringComparison.Ordinal))
            {
                installs++;
                var source = SourceOption().Match(line);
                Assert.True(source.Success, $"{where}: '{line}' does not name the folder it installs from (--source)");
                Assert.True(packed.Contains(source.Groups["folder"].Value), $"{where}: '{line}' installs from a folder no earlier `dotnet pack ... -o FOLDER` fills");
                Assert.DoesNotContain("--version", line, StringComparison.Ordinal);
            }
        }

        Assert.True(installs > 0, $"{where}: no dotnet tool install");
    }

    private static string Write(string format, Report report)
    {
        using var writer = new StringWriter();
        ReportFormatters.Create(format).Write(report, writer);
        return writer.ToString();
    }

    private static int Count(string text, string value) => Regex.Count(text, Regex.Escape(value));

    private static IEnumerable<string> Paragraphs() => Readme.Split("\n\n").Select(p => p.Replace('\n', ' '));

    private static List<string> CodeSpans(string text) => [.. CodeSpan().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"The (?<kept>(`\w+`(, | and )?)+) formats keep suppressed and baselined findings.*?\. (?<omitted>(`\w+`(, | and )?)+) leave them out")]
    private static partial Regex FormatsStatement();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^dotnet pack \S+ .*-o (?<folder>\S+)")]
    internal static partial Regex PackLine();

    [GeneratedRegex(@"--source (?<folder>\S+)")]
    private static partial Regex SourceOption();
}
