using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>Rule packs from --pack and from the configuration's packs: their findings, broken packs and duplicate IDs.</summary>
public sealed class PackOptionTests : IDisposable
{
    private const string ConfigurationHeader = "apiVersion: norms/v1\nkind: Configuration\nroot: true\n";

    private const string Broken = """
        apiVersion: norms/v1
        kind: RulePack
        metadata:
          id: broken.pack
          version: 1.0.0
          title: Broken
          owner: Tests
        rules:
          - id: BRK0101
            title: A rule with two mistakes
            principle: P66
            severity: error
            failsWhen:
              incidentResponse.reporting.earlyWarningHourz: { greaterThan: 24 }
            message: "Early warning in {incidentResponse.reporting.earlyWarningHours} hours."

        """;

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Check_YamlPackOption_AddsItsFindingsToParisCalls()
    {
        _workspace.Write("packs/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("org.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("check", "org.yaml", "--pack", "packs/contoso.nis2.yaml", "--format", "msbuild");

        Assert.True(exit == 1, error);
        Assert.Contains("org.yaml(10,24): error CTS0101: Early warning is promised within 48 hours; NIS2 asks for 24.", output, StringComparison.Ordinal);
        Assert.Contains("org.yaml(10,24): error PC0102: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationPacks_LoadsThePackRelativeToTheConfiguration()
    {
        _workspace.Write("policies/packs/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("policies/norms.config.yaml", ConfigurationHeader + "packs:\n  - paris-call\n  - packs/contoso.nis2.yaml\nrules:\n  CTS0101: warning\n  PC0102: none\n");
        _workspace.Write("policies/org.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("check", "policies", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        var finding = document.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "CTS0101");
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(10, finding.GetProperty("line").GetInt32());
        Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Contains("policies/packs/contoso.nis2.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationPacksWithoutParisCall_RunsOnlyThePack()
    {
        _workspace.Write("packs/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [packs/contoso.nis2.yaml]\n");
        _workspace.Write("org.yaml", PackFiles.LateWarning);

        var (exit, output, _) = _workspace.Run("check", "org.yaml", "--format", "msbuild");

        Assert.Equal(1, exit);
        Assert.Contains("error CTS0101: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" PC0", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sup.yml")]
    [InlineData("./packs/x.yml")]
    [InlineData("packs/X.YML")]
    [InlineData("SUP.YAML")]
    public void Check_ConfigurationPackFileOfAnyYamlExtensionOrCase_LoadsThePack(string pack)
    {
        _workspace.Write(pack, PackFiles.Nis2);
        _workspace.Write("norms.config.yaml", ConfigurationHeader + $"packs: [{pack}]\n");
        _workspace.Write("org.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("check", "org.yaml", "--format", "msbuild");

        Assert.True(exit == 1, error);
        Assert.Contains("org.yaml(10,24): error CTS0101: ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sup.yml")]
    [InlineData("./packs/x.yml")]
    [InlineData("packs/X.YML")]
    [InlineData("SUP.YAML")]
    public void Check_PackOptionFileOfAnyYamlExtensionOrCase_LoadsThePack(string pack)
    {
        _workspace.Write(pack, PackFiles.Nis2);
        _workspace.Write("org.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("check", "org.yaml", "--pack", pack, "--format", "msbuild");

        Assert.True(exit == 1, error);
        Assert.Contains("org.yaml(10,24): error CTS0101: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ConfigurationOverridesAPackThreshold_IsValid()
    {
        _workspace.Write("packs/buyer.yaml", """
            apiVersion: norms/v1
            kind: RulePack
            metadata:
              id: buyer.notice
              version: 1.0.0
              title: Buyer notice
              owner: Tests
            thresholds:
              maxSupplierNoticeHours: 24
            rules:
              - id: BUY0201
                title: Suppliers give notice of incidents in time
                principle: P6
                severity: error
                forEach: supplyChain.suppliers
                failsWhen:
                  item.incidentNoticeHours: { greaterThan: { threshold: maxSupplierNoticeHours } }
                message: "{item.name}: notice in {item.incidentNoticeHours} h"

            """);
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [packs/buyer.yaml]\nthresholds:\n  maxSupplierNoticeHours: 72\n");
        _workspace.Write("org.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\n  assessedOn: 2026-10-15\nsupplyChain:\n  suppliers:\n    - name: Slow\n      incidentNoticeHours: 48\n");

        _workspace.Write("strict.yaml", ConfigurationHeader + "packs: [packs/buyer.yaml]\n");

        var (relaxed, _, relaxedError) = _workspace.Run("check", "org.yaml", "--format", "msbuild");
        var (strict, strictOutput, _) = _workspace.Run("check", "org.yaml", "--format", "msbuild", "--config", "strict.yaml");

        Assert.True(relaxed == 0, relaxedError);
        Assert.Equal(1, strict);
        Assert.Contains("org.yaml(9,28): error BUY0201: Slow: notice in 48 h", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PackNamingAParisCallThreshold_NeedsTheParisCallPack()
    {
        _workspace.Write("sla.yaml", PackFiles.Sla);
        _workspace.Write("org.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: Slow\n  assessedOn: 2026-10-15\nhygiene:\n  patching:\n    criticalExternalSlaDays: 90\n");
        _workspace.Write("alone.yaml", ConfigurationHeader + "packs: [sla.yaml]\n");

        var (withParisCall, output, error) = _workspace.Run("check", "org.yaml", "--pack", "sla.yaml", "--format", "msbuild");
        var (alone, _, aloneError) = _workspace.Run("check", "org.yaml", "--config", "alone.yaml");

        Assert.True(withParisCall == 1, error);
        Assert.Contains("org.yaml(8,30): error SLA0101: Critical patches in 90 days", output, StringComparison.Ordinal);
        Assert.Equal(2, alone);
        Assert.Contains("sla.yaml(14,", aloneError, StringComparison.Ordinal);
        Assert.Contains("error NE0101: ", aloneError, StringComparison.Ordinal);
        Assert.Contains("criticalPatchSlaDays", aloneError, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenPackOption_Exits2WithEveryNe0101AtItsLineAndColumn()
    {
        _workspace.Write("broken.yaml", Broken);
        _workspace.CopySample("hospital.yaml");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml", "--pack", "broken.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken.yaml(11,16): error NE0101: Unknown principle 'P66'", error, StringComparison.Ordinal);
        Assert.Contains("broken.yaml(14,7): error NE0101: ", error, StringComparison.Ordinal);
        Assert.Contains("earlyWarningHours", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenPackInConfiguration_Exits2WithNe0101()
    {
        _workspace.Write("packs/broken.yaml", Broken);
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [paris-call, packs/broken.yaml]\n");
        _workspace.CopySample("hospital.yaml");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("packs/broken.yaml(11,16): error NE0101: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPackFile_Exits2WithNe0101()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--pack", "packs/missing.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("packs/missing.yaml", error, StringComparison.Ordinal);
        Assert.Contains("error NE0101: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownPackName_Exits2()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml", "--pack", "contoso");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("unknown pack 'contoso'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PackRedefiningAParisCallRule_Exits2WithNe0102()
    {
        _workspace.Write("clash.yaml", PackFiles.Nis2.Replace("CTS0101", "PC0702", StringComparison.Ordinal));
        _workspace.CopySample("hospital.yaml");

        var (exit, output, error) = _workspace.Run("check", "hospital.yaml", "--pack", "clash.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("clash.yaml(10,9): error NE0102: Rule PC0702 is defined by both pack 'paris-call' and pack 'contoso.nis2' (clash.yaml, line 10).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoPacksWithTheSameRuleId_Exits2WithNe0102()
    {
        _workspace.Write("a.yaml", PackFiles.Nis2);
        _workspace.Write("b.yaml", PackFiles.Nis2.Replace("id: contoso.nis2", "id: contoso.copy", StringComparison.Ordinal));
        _workspace.CopySample("hospital.yaml");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--pack", "a.yaml", "--pack", "b.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("b.yaml(10,9): error NE0102: Rule CTS0101 is defined by both pack 'contoso.nis2' (a.yaml, line 10) and pack 'contoso.copy' (b.yaml, line 10).", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SamePackTwice_LoadsItOnce()
    {
        _workspace.Write("packs/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [paris-call, packs/contoso.nis2.yaml]\n");
        _workspace.Write("org.yaml", PackFiles.LateWarning);

        var (exit, output, error) = _workspace.Run("check", "org.yaml", "--pack", "packs/contoso.nis2.yaml", "--pack", "paris-call", "--format", "msbuild");

        Assert.True(exit == 1, error);
        Assert.Single(output.Split('\n'), l => l.Contains("CTS0101", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PackAssemblyOption_RunsTheCSharpRules()
    {
        Assert.True(File.Exists(PackFiles.ContosoAssembly), $"not built: {PackFiles.ContosoAssembly}");
        _workspace.Write("org.yaml", File.ReadAllText(Path.Combine(PackFiles.ContosoFixtures, "two-unvetted.yaml")));

        var (exit, output, error) = _workspace.Run("check", "org.yaml", "--pack", PackFiles.ContosoAssembly, "--format", "msbuild");

        Assert.True(exit == 1, error);
        Assert.Contains("org.yaml(17,24): error CTS0601: Alpha Hosting and Beta Payroll are both critical", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPackAssembly_Exits2WithNe0101()
    {
        _workspace.CopySample("hospital.yaml");

        var (exit, _, error) = _workspace.Run("check", "hospital.yaml", "--pack", "bin/Missing.Pack.dll");

        Assert.Equal(2, exit);
        Assert.StartsWith("norms: bin/Missing.Pack.dll: error NE0101: The pack assembly cannot be loaded: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(0,0)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineCreate_PackOption_RecordsThePacksFindings()
    {
        _workspace.Write("packs/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("org.yaml", PackFiles.LateWarning);

        var (exit, _, error) = _workspace.Run("baseline", "create", "org.yaml", "--pack", "packs/contoso.nis2.yaml");
        var (check, _, checkError) = _workspace.Run("check", "org.yaml", "--pack", "packs/contoso.nis2.yaml", "--baseline", "norms.baseline.json");

        Assert.True(exit == 0, error);
        Assert.Contains("CTS0101", _workspace.Read("norms.baseline.json"), StringComparison.Ordinal);
        Assert.True(check == 0, checkError);
    }

    [Fact]
    public void RulesList_PackOption_ListsThePacksRules()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);

        var (exit, output, error) = _workspace.Run("rules", "list", "--pack", "contoso.nis2.yaml");

        Assert.True(exit == 0, error);
        Assert.Matches(@"\nCTS0101 +error +P1 +- +Essential entities send an early warning within 24 hours\n", output);
        Assert.Matches(@"\nCTS0102 +warning +P6 +- +", output);
        Assert.Matches(@"\nPC0702 ", output);
        Assert.Contains("86 rules (16 engine)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesList_ConfigurationPacks_AreListed()
    {
        _workspace.Write("packs/contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("norms.config.yaml", ConfigurationHeader + "packs: [packs/contoso.nis2.yaml]\n");

        var (exit, output, error) = _workspace.Run("rules", "list", "--principle", "P6", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["CTS0102"], ids);
    }

    [Fact]
    public void RulesList_BrokenPack_Exits2()
    {
        _workspace.Write("broken.yaml", Broken);

        var (exit, output, error) = _workspace.Run("rules", "list", "--pack", "broken.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken.yaml(11,16): error NE0101: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesDescribe_PackAssembly_DescribesItsRule()
    {
        var (exit, output, error) = CliRunner.Run("rules", "describe", "cts0601", "--pack", PackFiles.ContosoAssembly);

        Assert.True(exit == 0, error);
        Assert.StartsWith("CTS0601: No two critical suppliers with production access lack security clauses\n", output, StringComparison.Ordinal);
        Assert.Contains("Principle:  P6 Lifecycle security", output, StringComparison.Ordinal);
    }
}
