using System.Text.Json;
using NormsEngine.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// <c>norms explain</c>: the samples' explanations as snapshots, the filters, the formats, exit codes for bad input,
/// hostile values kept on their line and out of the markup, and <c>norms check --explain</c>'s JSON.
/// </summary>
public sealed class ExplainCommandTests
{
    [Theory]
    [InlineData("hospital.yaml")]
    [InlineData("small-ngo.yaml")]
    [InlineData("transit-isp.yaml")]
    [InlineData("election-commission.yaml")]
    [InlineData("software-vendor.yaml")]
    [InlineData("pentest-firm.yaml")]
    public void Explain_Sample_MatchesSnapshot(string sample)
    {
        var (exit, output, error) = CliRunner.Run("explain", "samples/organisations/" + sample);

        Assert.Equal((0, string.Empty), (exit, error));
        Snapshot.Match(output, SnapshotNameExtension.Create(sample));
    }

    [Fact]
    public void Explain_HospitalP6InMarkdown_MatchesSnapshot()
    {
        var (exit, output, _) = CliRunner.Run("explain", "samples/organisations/hospital.yaml", "--principle", "P6", "--format", "markdown");

        Assert.Equal(0, exit);
        Snapshot.Match(output);
    }

    [Fact]
    public void Explain_Principle_OnlyThatPrincipleWithItsReason()
    {
        var (exit, output, _) = CliRunner.Run("explain", "samples/organisations/hospital.yaml", "--principle", "P6");

        Assert.Equal(0, exit);
        Assert.Contains("P6 Lifecycle security: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("P7 ", output, StringComparison.Ordinal);
        Assert.Contains("compared: 472 days > 365 (supplierAssessmentMaxAgeDays)", output, StringComparison.Ordinal);
        Assert.Contains("as of: 2026-10-15 (metadata.assessedOn, line 21)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Rule_OnlyThatRuleButTheWholePrinciplesReason()
    {
        var (exit, output, _) = CliRunner.Run("explain", "samples/organisations/hospital.yaml", "--rule", "PC0608");

        Assert.Equal(0, exit);
        Assert.Contains("PC0608 failed (warning) for supplyChain.suppliers[1]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PC0607", output, StringComparison.Ordinal);
        Assert.Contains("6 of 7 applicable outcomes passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NotApplicablePrinciple_SaysWhichScopeExcludedItsRules()
    {
        var (_, output, _) = CliRunner.Run("explain", "samples/organisations/small-ngo.yaml", "--principle", "P2");

        Assert.Contains("no rule applies: network rules need network.asns to list at least one AS number (network.asns not declared)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InsufficientData_ListsTheQuestionsToAsk()
    {
        var (_, output, _) = CliRunner.Run("explain", "samples/organisations/small-ngo.yaml", "--rule", "PC0703");

        Assert.Contains("ask: declare hygiene.mfa.remoteAccessPct: remote access paths behind MFA, a percentage from 0 to 100", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_TheReportWithExplanations()
    {
        var (exit, output, _) = CliRunner.Run("explain", "samples/organisations/hospital.yaml", "--rule", "PC0608", "--format", "json");

        Assert.Equal(0, exit);
        var document = JsonDocument.Parse(output).RootElement.GetProperty("documents")[0];
        var explanations = document.GetProperty("explanations").EnumerateArray().ToList();
        Assert.Equal(["PC0608", "PC0608"], explanations.Select(e => e.GetProperty("ruleId").GetString()));
        Assert.Equal(472, explanations[1].GetProperty("values")[0].GetProperty("ageInDays").GetInt32());
        Assert.Single(document.GetProperty("principles").EnumerateArray());
    }

    [Fact]
    public void Check_ExplainWithJson_EmbedsExplanationsPerOutcome()
    {
        var (exit, output, _) = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--format", "json", "--explain");

        // The hospital's findings are warnings: the run passes under the default failOn, explaining or not.
        Assert.Equal(0, exit);
        var document = JsonDocument.Parse(output).RootElement.GetProperty("documents")[0];
        Assert.Contains(document.GetProperty("explanations").EnumerateArray(), e => e.GetProperty("ruleId").GetString() == "PC0101" && e.GetProperty("scope").GetProperty("holds").GetBoolean());
    }

    [Fact]
    public void Check_JsonWithoutExplain_NoExplanations()
    {
        var (_, output, _) = CliRunner.Run("check", "samples/organisations/hospital.yaml", "--format", "json");

        Assert.False(JsonDocument.Parse(output).RootElement.GetProperty("documents")[0].TryGetProperty("explanations", out _));
    }

    [Fact]
    public void Explain_ThresholdFromConfiguration_NamesTheConfigurationLine()
    {
        using var workspace = new Workspace();
        workspace.CopySample("hospital.yaml");
        workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\nthresholds:\n  supplierAssessmentMaxAgeDays: 200\n");

        var (exit, output, _) = workspace.Run("explain", "hospital.yaml", "--rule", "PC0608");

        Assert.Equal(0, exit);
        Assert.Contains("threshold: supplierAssessmentMaxAgeDays = 200 (norms.config.yaml, line 5)", output, StringComparison.Ordinal);
        Assert.Contains("247 days > 200 (supplierAssessmentMaxAgeDays)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rule", "PC9999", "no loaded pack defines the rule 'PC9999'")]
    [InlineData("--rule", "PC060", "Did you mean")]
    [InlineData("--principle", "P10", "unknown principle 'P10'")]
    public void Explain_UnknownFilter_Exits2WithTheReason(string option, string value, string expected)
    {
        var (exit, _, error) = CliRunner.Run("explain", "samples/organisations/hospital.yaml", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MissingFile_Exits2()
    {
        var (exit, _, error) = CliRunner.Run("explain", "samples/organisations/no-such-file.yaml");

        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Explain_DocumentWithErrors_Exits1AndShowsTheErrors()
    {
        using var workspace = new Workspace();
        workspace.Write("bad.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nhygeine: {}\n");

        var (exit, output, _) = workspace.Run("explain", "bad.yaml");

        Assert.Equal(1, exit);
        Assert.Contains("Not evaluated", output, StringComparison.Ordinal);
        Assert.Contains("NE0002", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Explain_HostileValues_StayOnTheirLineAndOutOfTheMarkup(string format)
    {
        using var workspace = new Workspace();
        const string Hostile = "CERT\\r\\n::error::forged\\u001b[31m <script>x</script> **b** [l](http://x)\\u2028";
        workspace.Write(
            "evil.yaml",
            "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: \"" + Hostile + "\", assessedOn: 2026-10-15 }\n"
            + "roles: { criticalInfrastructure: true }\nincidentResponse:\n  reporting: { nationalCsirt: \"" + Hostile + "\", notificationHours: 24 }\n");

        var (exit, output, _) = workspace.Run("explain", "evil.yaml", "--rule", "PC0102", "--format", format);

        Assert.Equal(0, exit);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n' || c is '\u2028');
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("::error::", StringComparison.Ordinal));
        Assert.Contains("nationalCsirt", output, StringComparison.Ordinal);
        if (format == "markdown")
        {
            Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
            Assert.DoesNotContain("**b**", output, StringComparison.Ordinal);
            Assert.Contains("\\<script\\>", output, StringComparison.Ordinal);
        }
    }
}
