using System.Text.Json;

namespace NormsEngine.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public void RulesList_Text_ListsPackRulesAndEngineDiagnostics()
    {
        var (exit, output, _) = CliRunner.Run("rules", "list");

        Assert.Equal(0, exit);
        Assert.Matches(@"\nPC0702 +\w+ +P7 +0\.1\.0 +\S", output);
        Assert.Matches(@"\nPC0107 +warning +P1 +0\.2\.0 +Essential services belong to an ISAC\n", output);
        Assert.Matches(@"\nNE0002 +error +engine +- +Every field is a known field", output);
        Assert.Contains("84 rules (16 engine)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesList_Principle_OnlyThatPrinciple()
    {
        var (exit, output, _) = CliRunner.Run("rules", "list", "--principle", "P3", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.EnumerateArray().ToArray();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal("P3", r.GetProperty("principle").GetString()));
        Assert.All(rules, r => Assert.StartsWith("PC03", r.GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void RulesList_Json_MarksEngineRules()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("rules", "list", "--format", "json").Output);

        var ne0201 = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "NE0201");
        Assert.True(ne0201.GetProperty("engine").GetBoolean());
        Assert.Equal("warning", ne0201.GetProperty("defaultSeverity").GetString());
        Assert.Equal(JsonValueKind.Null, ne0201.GetProperty("principle").ValueKind);
        Assert.Equal(JsonValueKind.Null, ne0201.GetProperty("since").ValueKind);
    }

    [Fact]
    public void RulesList_Json_GivesEachPackRuleItsRelease()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("rules", "list", "--format", "json").Output);

        var since = json.RootElement.EnumerateArray().Where(r => !r.GetProperty("engine").GetBoolean())
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("since").GetString());
        Assert.Equal("0.1.0", since["PC0101"]);
        Assert.Equal("0.2.0", since["PC0108"]);
        Assert.All(since.Values, v => Assert.Matches(@"^\d+\.\d+\.\d+$", v));
    }

    [Fact]
    public void RulesList_PinnedRelease_ListsThatReleasesRules()
    {
        var (exit, output, error) = CliRunner.Run("rules", "list", "--pack", "paris-call@0.1.0", "--principle", "P9");

        Assert.True(exit == 0, error);
        Assert.Matches(@"\nPC0903 +warning +P9 +0\.1\.0 +Essential services belong to an ISAC\n", output);
        Assert.DoesNotContain("PC0107", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesList_Markdown_IsATableWithLinks()
    {
        var (_, output, _) = CliRunner.Run("rules", "list", "--format", "markdown", "-p", "p7");

        Assert.StartsWith("| ID | Severity | Principle | Since | Title |\n| --- | --- | --- | --- | --- |\n| [PC0701](https://", output, StringComparison.Ordinal);
        Assert.Contains(" | error | P7 | 0.1.0 | Every administrative account is behind MFA |\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesList_UnknownPrinciple_Exits2()
    {
        var (exit, _, error) = CliRunner.Run("rules", "list", "--principle", "P10");

        Assert.Equal(2, exit);
        Assert.Contains("P10", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDescribe_KnownRule_ShowsEverything()
    {
        var (exit, output, _) = CliRunner.Run("rules", "describe", "pc0702");

        Assert.Equal(0, exit);
        Assert.StartsWith("PC0702: ", output, StringComparison.Ordinal);
        foreach (var part in new[] { "Severity:", "Principle:  P7 Cyber hygiene", "Help:       https://", "PC0702.md", "\nDescription\n", "\nHow to fix\n", "\nReferences\n  - " })
        {
            Assert.Contains(part, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RulesDescribe_EngineDiagnostic_SaysSo()
    {
        var (exit, output, _) = CliRunner.Run("rules", "describe", "NE0201");

        Assert.Equal(0, exit);
        Assert.Contains("Severity:   warning (default)", output, StringComparison.Ordinal);
        Assert.Contains("none (engine diagnostic)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDescribe_UnknownRule_Exits2WithDidYouMean()
    {
        var (exit, output, error) = CliRunner.Run("rules", "describe", "PC0720");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Matches(@"unknown rule 'PC0720'; did you mean PC\d{4}\?", error);
    }

    [Fact]
    public void RulesDescribe_EveryRule_SuggestsASeverityOtherThanItsDefault()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("rules", "list", "--format", "json").Output);
        var rules = json.RootElement.EnumerateArray().Select(r => (Id: r.GetProperty("id").GetString()!, Default: r.GetProperty("defaultSeverity").GetString()!)).ToList();
        Assert.Contains(rules, r => r.Id == "NE0201");

        foreach (var (id, severity) in rules)
        {
            var (exit, output, _) = CliRunner.Run("rules", "describe", id);

            Assert.Equal(0, exit);
            var hint = output.TrimEnd('\n').Split('\n')[^1];
            if (id == "NE0008")
            {
                Assert.Equal("It cannot be lowered or suppressed: the tool could not do its job, so the run exits with 2.", hint);
                continue;
            }

            var suggested = System.Text.RegularExpressions.Regex.Match(hint, $@"rules: \{{ {id}: (\w+) \}}");
            Assert.True(suggested.Success, $"{id}: {hint}");
            var offByDefault = output.Contains("(default, off unless configured)", StringComparison.Ordinal);
            Assert.True(offByDefault ? suggested.Groups[1].Value == severity : suggested.Groups[1].Value != severity, $"{id} ({severity}): {hint}");
            Assert.EndsWith($"suppress one finding with '# norms-ignore {id}: reason'.", hint, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("NE0201", "Change its severity in norms.config.yaml (rules: { NE0201: error }, or none to turn it off), or suppress one finding with '# norms-ignore NE0201: reason'.")]
    [InlineData("PC0702", "Change its severity in norms.config.yaml (rules: { PC0702: warning }, or none to turn it off), or suppress one finding with '# norms-ignore PC0702: reason'.")]
    public void RulesDescribe_Rule_EndsWithHowToChangeItsSeverity(string id, string expected)
    {
        var (_, output, _) = CliRunner.Run("rules", "describe", id);

        Assert.EndsWith("\n\n" + expected + "\n", output, StringComparison.Ordinal);
    }
}
