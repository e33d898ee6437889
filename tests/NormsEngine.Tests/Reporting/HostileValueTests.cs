using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.ParisCall;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// A document whose values attack the outputs (a supplier and an organisation named with line breaks, a forged
/// compiler line, a GitHub workflow command, ANSI escape codes, Markdown and HTML, characters XML forbids), read from
/// a file whose name does the same, with a suppression, a run finding, a baseline and settings that carry the same
/// text: every format must keep each finding on its line, hold no control character but its own line breaks, and
/// keep its own syntax whole. The same report with harmless values is the yardstick: values never change the shape.
/// </summary>
public sealed partial class HostileValueTests
{
    /// <summary>What the issue reported, plus Markdown, HTML, XML-forbidden, bidirectional and separator characters.</summary>
    private const string Hostile = "S\r\nevil.yaml(1,1): error PC9999: forged\n::add-mask::x\n\u001b[31mRED | <script>alert(1)</script> `tick` [l](http://x) &amp; $m$ \u0001\u2028\u202E\u0085\t%0A";

    private const string HostileFile = "evil\r\n::error::forged`|<b>\u001b[2J.yaml";

    /// <summary>The file name as reports show it.</summary>
    private const string ShownFile = "evil\\r\\n::error::forged`|<b>\\u001B[2J.yaml";

    private static readonly Lazy<NormsEvaluator> Evaluator = new(() => new NormsEvaluator([new ParisCallPack()]));

    public static TheoryData<string> Formats() => [.. ReportFormatters.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void AnyFormat_HostileValues_NoControlCharacterAndSameShapeAsHarmlessValues(string format)
    {
        var hostile = Write(ReportFormatters.Create(format), Build(Hostile, HostileFile));
        var harmless = Write(ReportFormatters.Create(format), Build("Harmless name", "harmless.yaml"));

        Assert.DoesNotContain(hostile, c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\u202E');
        Assert.Equal(Lines(harmless).Length, Lines(hostile).Length);
        Assert.DoesNotContain(Lines(hostile), l => l.StartsWith("::add-mask::", StringComparison.Ordinal) || l.StartsWith("evil.yaml(1,1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_HostileValues_OneLinePerFindingNoEscapeCodes()
    {
        var report = Build(Hostile, HostileFile);

        var output = Write(ReportFormatters.Create("text"), report);

        // A finding's line starts with its file as shown, then its position: the document's heading, which also holds
        // the file and the forged text, does not.
        var finding = new Regex("^(missing )?" + Regex.Escape(ShownFile) + @"(\.config)?\(\d+,\d+\): (error|warning|info) [A-Z]+\d{4}: ");
        var findingLines = Lines(output).Where(l => finding.IsMatch(l)).ToList();
        Assert.Equal(report.AllFindings.Count(), findingLines.Count);
        Assert.Contains(findingLines, l => l.Contains("S\\r\\nevil.yaml(1,1): error PC9999: forged\\n::add-mask::x\\n\\u001B[31mRED", StringComparison.Ordinal));
    }

    [Fact]
    public void TextInColour_HostileValues_OnlyTheFormattersOwnEscapeCodes()
    {
        var hostile = Write(ReportFormatters.Create("text", colour: true), Build(Hostile, HostileFile));
        var harmless = Write(ReportFormatters.Create("text", colour: true), Build("Harmless name", "harmless.yaml"));

        Assert.Equal(harmless.Count(c => c == '\u001b'), hostile.Count(c => c == '\u001b'));
        Assert.All(Regex.Matches(hostile, "\u001b(.{0,6})").Select(m => m.Groups[1].Value), codes => Assert.Matches(@"^\[[0-9;]+m", codes));
        Assert.DoesNotContain("\u001b[31mRED", hostile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msbuild")]
    [InlineData("github")]
    public void LineFormats_HostileValues_ExactlyOneLinePerCountingFinding(string format)
    {
        var report = Build(Hostile, HostileFile);

        var lines = Lines(Write(ReportFormatters.Create(format), report));

        Assert.Equal(report.AllFindings.Count(f => f.IsActive && f.Severity != Severity.None), lines.Length);
        var shape = format == "github" ? GitHubLine() : MsBuildLine();
        Assert.All(lines, l => Assert.Matches(shape, l));
    }

    [Fact]
    public void GitHub_HostileValues_PropertiesAndDataEscapedAsTheRunnerReadsThem()
    {
        var lines = Lines(Write(ReportFormatters.Create("github"), Build(Hostile, HostileFile)));

        var supplier = Assert.Single(lines, l => l.Contains("title=PC0608::", StringComparison.Ordinal));
        Assert.Contains("file=evil\\r\\n%3A%3Aerror%3A%3Aforged`|<b>\\u001B[2J.yaml,", supplier, StringComparison.Ordinal);
        Assert.Contains("::Supplier S\\r\\nevil.yaml(1,1): error PC9999: forged\\n::add-mask::x\\n\\u001B[31mRED", supplier, StringComparison.Ordinal);
        Assert.Contains("%250A", supplier, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HostileValues_TablesStayTablesAndNoMarkupGetsThrough()
    {
        var output = Write(ReportFormatters.Create("markdown"), Build(Hostile, HostileFile));

        var rows = Lines(output).Where(l => l.StartsWith('|')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(9, UnescapedPipe().Count(r))); // eight columns
        Assert.DoesNotMatch(@"(?<!\\)<script", output);
        Assert.DoesNotMatch(@"(?<!\\)\[l\]", output);
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", output, StringComparison.Ordinal);
        Assert.Contains("\\$m\\$", output, StringComparison.Ordinal);
        Assert.Contains($"``{ShownFile}:", output, StringComparison.Ordinal);
        Assert.Contains("## evil\\\\r\\\\n::error::forged\\`\\|\\<b\\>\\\\u001B\\[2J.yaml - S\\\\r\\\\nevil.yaml", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("oscal")]
    public void JsonFormats_HostileValues_NoStringValueHoldsAControlCharacter(string format)
    {
        using var json = JsonDocument.Parse(Write(ReportFormatters.Create(format), Build(Hostile, HostileFile)));

        var strings = Strings(json.RootElement).ToList();

        Assert.Contains(strings, s => s.Contains("S\\r\\nevil.yaml(1,1): error PC9999", StringComparison.Ordinal));
        Assert.All(strings, s => Assert.DoesNotContain(s, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E'));
    }

    [Fact]
    public void GitLab_HostileValues_OneObjectPerCountingFindingEveryValueEscaped()
    {
        var report = Build(Hostile, HostileFile);

        using var json = JsonDocument.Parse(Write(ReportFormatters.Create("gitlab"), report));

        var issues = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(report.AllFindings.Count(f => f.IsActive && f.Severity != Severity.None), issues.Count);
        Assert.All(issues, i => Assert.Equal(["description", "check_name", "fingerprint", "severity", "location"], i.EnumerateObject().Select(p => p.Name)));
        Assert.All(Strings(json.RootElement), s => Assert.DoesNotContain(s, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E'));
        var supplier = Assert.Single(issues, i => i.GetProperty("check_name").GetString() == "PC0608");
        Assert.StartsWith("PC0608: Supplier S\\r\\nevil.yaml(1,1): error PC9999: forged\\n::add-mask::x\\n\\u001B[31mRED", supplier.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(ShownFile, supplier.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Oscal_HostileValues_ValidAgainstNistSchemaWithTheValuesOnOneLine()
    {
        var output = Write(ReportFormatters.Create("oscal"), Build(Hostile, HostileFile));

        // NIST's types are narrower than JSON strings (a property's value or a party's name is one line with no space
        // at either end): the schema says whether the hostile values still fit them.
        OscalSchemas.AssertValid(OscalSchemas.AssessmentResults, new Dictionary<string, string> { ["hostile.oscal.json"] = output });
        using var json = JsonDocument.Parse(output);
        var parties = json.RootElement.GetProperty("assessment-results").GetProperty("metadata").GetProperty("parties");
        Assert.Contains(parties.EnumerateArray(), p => p.GetProperty("name").GetString()!.StartsWith("S\\r\\nevil.yaml(1,1): error PC9999", StringComparison.Ordinal));
    }

    [Fact]
    public void JUnit_HostileValues_WellFormedAndNoValueHoldsAControlCharacter()
    {
        var xml = XDocument.Parse(Write(ReportFormatters.Create("junit"), Build(Hostile, HostileFile)));

        var attributes = xml.Descendants().SelectMany(e => e.Attributes()).Select(a => a.Value).ToList();
        Assert.Contains(attributes, a => a.Contains("S\\r\\nevil.yaml(1,1): error PC9999", StringComparison.Ordinal));
        Assert.All(attributes, a => Assert.DoesNotContain(a, char.IsControl));

        // Element text is the finding's line, then its rule's page on a line of its own.
        Assert.All(xml.DescendantNodes().OfType<XText>(), t => Assert.True(t.Value.Split('\n').Length <= 2 && !t.Value.Any(c => char.IsControl(c) && c != '\n'), t.Value));
    }

    [Fact]
    public void Html_HostileValuesAndSource_SameTagsAndAttributesAsHarmlessValues()
    {
        var hostile = Write(ReportFormatters.Create("html"), WithSource(Build(Hostile, HostileFile), Hostile));
        var harmless = Write(ReportFormatters.Create("html"), WithSource(Build("Harmless name", "harmless.yaml"), "Harmless name"));

        // Every tag with its attributes' names, in order: a value can open no tag and no attribute.
        Assert.Equal(Tags(harmless), Tags(hostile));
        Assert.DoesNotContain("<script", hostile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("|<b>", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain(hostile, c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\u202E');
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", hostile, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"excerpt\">", hostile, StringComparison.Ordinal);

        static List<string> Tags(string html) =>
            [.. HtmlTag().Matches(html).Select(m => m.Groups[1].Value + string.Concat(HtmlAttribute().Matches(m.Value).Select(a => " " + a.Groups[1].Value)))];
    }

    /// <summary>The report with a source text whose line 97, where the hand-made NE0002 points, holds <paramref name="value"/> raw (its line breaks as spaces).</summary>
    private static Report WithSource(Report report, string value)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine(ReportSamples.Hospital)).ToList();
        lines[96] = "  " + value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ') + ": true";
        return report with { Documents = [report.Documents[0] with { SourceText = string.Join('\n', lines) }] };
    }

    /// <summary>
    /// The hospital sample with the supplier behind PC0608 and the organisation named <paramref name="value"/>, read
    /// from <paramref name="file"/>; then an unknown field named after the value and decorations like the snapshot
    /// samples', every one carrying the value.
    /// </summary>
    private static Report Build(string value, string file)
    {
        var quoted = Quote(value);
        var yaml = File.ReadAllText(RepositoryPaths.Combine(ReportSamples.Hospital))
            .Replace("name: Clinisoft Records GmbH", "name: " + quoted, StringComparison.Ordinal)
            .Replace("name: Centre Hospitalier Universitaire de Valmorin", "name: " + quoted, StringComparison.Ordinal);
        var report = Evaluator.Value.EvaluateYaml(yaml, file);
        var document = report.Documents[0];
        Assert.True(document.Evaluated);

        // A pack may title a principle: the first one's title carries the value too.
        document = document with { Principles = [document.Principles[0] with { Principle = document.Principles[0].Principle with { Title = value } }, .. document.Principles.Skip(1)] };
        Assert.Contains(document.Findings, f => f.RuleId == "PC0608" && f.Message.Contains(value, StringComparison.Ordinal));
        var findings = document.Findings.Select((f, i) => i == 0
            ? f with { Suppression = new Suppression(SuppressionKind.External, value, value, new DateOnly(2027, 3, 31), new SourceLocation(file + ".config", value, 3, 1, 3, 5)) }
            : f).ToList();

        // An unknown field named by the value, as the binder reports it (by hand: an NE0002 error stops evaluation).
        findings.Add(new Finding(EngineDiagnostics.UnknownField, $"Unknown field 'unknown {value}' in hackBack", new SourceLocation(file, "hackBack.unknown " + value, 97, 3, 97, 20)) { Severity = Severity.Warning });
        return report with
        {
            Documents = [document with { Findings = findings }],
            RunFindings =
            [
                new Finding(EngineDiagnostics.SuppressionUnused, $"The suppression of {value} matched no finding", new SourceLocation(file + ".config", "suppressions[0]", 3, 1, 3, 5)),
                new Finding(EngineDiagnostics.InputUnreadable, "The input could not be read: " + value, new SourceLocation("missing " + file, string.Empty, 1, 1, 1, 1)),
            ],
            Baseline = new BaselineSummary(file + ".baseline", 1, 0, 0),
            Settings = new RunSettings
            {
                ConfigurationFile = file + ".config",
                Packs = [ParisCallPack.PackId, value],
                SeverityOverrides = new Dictionary<string, Severity>(StringComparer.Ordinal) { [value] = Severity.Error },
                ThresholdOverrides = new Dictionary<string, decimal>(StringComparer.Ordinal) { [value] = 1m },
            },
            ToolVersion = "0.1.0-test",
        };
    }

    /// <summary>A YAML double-quoted scalar holding <paramref name="value"/>, every character outside printable ASCII escaped.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static string Write(IReportFormatter formatter, Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(report, writer);
        return writer.ToString();
    }

    [GeneratedRegex(@"^[^\s].*\(\d+,\d+\): (error|warning|info) [A-Z]+\d{4}: [^\n]*$")]
    private static partial Regex MsBuildLine();

    // Properties hold no raw ':' or ',' but their separators; then '::' and the message.
    [GeneratedRegex(@"^::(error|warning|notice) (file=[^:,]*,)?(line=\d+,)?(col=\d+,)?(endLine=\d+,)?(endColumn=\d+,)?title=[A-Z]+\d{4}::[^\n]*$")]
    private static partial Regex GitHubLine();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s([a-zA-Z-]+)=""")]
    private static partial Regex HtmlAttribute();
}
