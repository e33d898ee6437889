using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Packs;
using NormsEngine.Rules;
using static NormsEngine.TestSupport.PackHarness;

namespace NormsEngine.Tests.Packs;

public sealed class RulePackFileTests
{
    private const string ContosoDocument = """
        roles: { nis2Entity: essential }
        incidentResponse:
          reporting:
            earlyWarningHours: 48
        supplyChain:
          suppliers:
            - name: Old Audit Ltd
              accessToProduction: true
              lastAssessment: 2024-06-30
              incidentNoticeHours: 12
            - name: Fresh Audit SA
              accessToProduction: true
              lastAssessment: 2025-09-01
              incidentNoticeHours: 24
            - name: Office Supplies
              accessToProduction: false
            - name: Slow Notice GmbH
              accessToProduction: true
              lastAssessment: 2025-12-01
              incidentNoticeHours: 72

        """;

    [Fact]
    public void Load_SpecExamplePack_ReadsMetadataAndDescriptors()
    {
        var result = RulePackFile.Load(FixturePath("contoso.nis2.yaml"));

        Assert.Empty(result.Errors);
        var pack = Assert.IsAssignableFrom<IRulePack>(result.Pack);
        Assert.Equal(("contoso.nis2", "1.2.0", "Contoso NIS2 supplement", "Contoso Advisory"), (pack.Id, pack.Version, pack.Title, pack.Owner));
        Assert.Empty(pack.RuleTypes);
        Assert.Equal(["CTS0101", "CTS0102"], pack.Descriptors.Select(d => d.Id));
        var first = pack.Descriptors[0];
        Assert.Equal(("P1", Severity.Error), (first.Principle, first.DefaultSeverity));
        Assert.Equal(new Uri("https://contoso.example/norms/CTS0101"), first.HelpUri);
        Assert.Equal(["NIS2 Art. 23(4)(a)"], first.References);
        Assert.Equal("Set up an early-warning procedure that reaches the national CSIRT within 24 hours.", first.Remediation);
        Assert.Equal(Severity.Warning, pack.Descriptors[1].DefaultSeverity);
    }

    [Theory]
    [InlineData("!!int 24", Outcome.Failed)]
    [InlineData("0x18", Outcome.Failed)]
    [InlineData("2.4e1", Outcome.Failed)]
    [InlineData("48", Outcome.Passed)]
    public void Parse_NumberInAnyCoreSchemaForm_ReadsAsInDocuments(string literal, Outcome expected)
    {
        var pack = Load(OneRule($"{{ incidentResponse.reporting.earlyWarningHours: {{ greaterThan: {literal} }} }}"));

        Assert.Equal(expected, Evaluate(pack, "incidentResponse: { reporting: { earlyWarningHours: 36 } }\n").OutcomeOf());
    }

    [Fact]
    public void Evaluate_SpecExamplePack_GivesTheExpectedOutcomes()
    {
        var pack = RulePackFile.Load(FixturePath("contoso.nis2.yaml")).Pack!;

        var report = Evaluate(pack, ContosoDocument);

        var early = Assert.Single(report.Findings, f => f.RuleId == "CTS0101");
        Assert.Equal("Early warning is promised within 48 hours; NIS2 asks for 24.", early.Message);
        Assert.Equal(("incidentResponse.reporting.earlyWarningHours", 9, 24), (early.Location.Path, early.Location.Line, early.Location.Column));
        Assert.Equal(Severity.Error, early.Severity);

        var suppliers = report.Outcomes("CTS0102").OrderBy(o => o.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                (Outcome.Failed, "supplyChain.suppliers[0].lastAssessment"),
                (Outcome.Passed, "supplyChain.suppliers[1].lastAssessment"),
                (Outcome.Failed, "supplyChain.suppliers[3].incidentNoticeHours"),
            ],
            suppliers);
        var old = Assert.Single(report.Findings, f => f.Location.Path == "supplyChain.suppliers[0].lastAssessment");
        Assert.Equal("Old Audit Ltd: assessed 2024-06-30, notice 12 h", old.Message);
        Assert.Equal((14, 23), (old.Location.Line, old.Location.Column));
        Assert.Equal(Verdict.NotSatisfied, report.Principles.Single(p => p.Principle.Id == "P1").Verdict);
        Assert.Equal(Verdict.PartiallySatisfied, report.Principles.Single(p => p.Principle.Id == "P6").Verdict);
    }

    [Fact]
    public void Evaluate_SpecExamplePackOnImportantEntity_EarlyWarningRuleNotApplicable()
    {
        var pack = RulePackFile.Load(FixturePath("contoso.nis2.yaml")).Pack!;

        var report = Evaluate(pack, "roles: { nis2Entity: important }\nincidentResponse: { reporting: { earlyWarningHours: 48 } }\n");

        Assert.Equal(Outcome.NotApplicable, report.OutcomeOf("CTS0101"));
        Assert.Equal(Verdict.NotApplicable, report.Principles.Single(p => p.Principle.Id == "P1").Verdict);
    }

    [Fact]
    public void Load_SecondExamplePack_LoadsWithThresholdsAndExtensionKeys()
    {
        var result = RulePackFile.Load(FixturePath("buyer.suppliers.yaml"));

        Assert.Empty(result.Errors);
        Assert.Equal(new Dictionary<string, decimal> { ["maxSupplierNoticeHours"] = 24, ["maxAssessmentAgeDays"] = 365 }, result.Pack!.Thresholds);
        Assert.Equal("0.3.1-beta.1", result.Pack.Version);
    }

    [Fact]
    public void Evaluate_SecondExamplePack_ThresholdsPathsExtensionsAndRegex()
    {
        var pack = RulePackFile.Load(FixturePath("buyer.suppliers.yaml")).Pack!;
        var body = """
            roles: { nis2Entity: important }
            x-sector: { code: health-01 }
            incidentResponse: { reporting: { notificationHours: 12 } }
            supplyChain:
              suppliers:
                - { name: A, critical: true, securityClauses: false, accessToProduction: true, incidentNoticeHours: 20, lastAssessment: 2025-06-01 }
                - { name: B, critical: true, securityClauses: false, x-tier: internal }
                - { name: C, critical: true, accessToProduction: true, incidentNoticeHours: 48, lastAssessment: 2025-06-01 }

            """;

        var report = Evaluate(pack, body);

        Assert.Equal(
            [(Outcome.Failed, "supplyChain.suppliers[0].securityClauses"), (Outcome.InsufficientData, "supplyChain.suppliers[2]")],
            report.Outcomes("BUY0101").OrderBy(o => o.Path, StringComparer.Ordinal));
        Assert.Equal(
            [(Outcome.Failed, "supplyChain.suppliers[0].incidentNoticeHours"), (Outcome.Failed, "supplyChain.suppliers[2].incidentNoticeHours")],
            report.Outcomes("BUY0102").OrderBy(o => o.Path, StringComparer.Ordinal));
        var sector = Assert.Single(report.Findings, f => f.RuleId == "BUY0103");
        Assert.Equal(("The sector code health-01 is not of the form AA00.", "x-sector.code", 7), (sector.Message, sector.Location.Path, sector.Location.Line));
        Assert.Equal(Severity.Info, sector.Severity);
    }

    [Fact]
    public void Evaluate_ThresholdOverriddenByConfiguration_UsesTheConfiguredValue()
    {
        var pack = RulePackFile.Load(FixturePath("buyer.suppliers.yaml")).Pack!;
        var body = "supplyChain: { suppliers: [ { name: A, accessToProduction: true, incidentNoticeHours: 20, lastAssessment: 2025-06-01 } ] }\n";

        var defaults = Evaluate(pack, body);
        var strict = Evaluate(pack, body, new EvaluationOptions { Thresholds = new Dictionary<string, decimal> { ["maxSupplierNoticeHours"] = 12 } });

        Assert.Equal([(Outcome.InsufficientData, "supplyChain.suppliers[0]")], defaults.Outcomes("BUY0102"));
        Assert.Equal([(Outcome.Failed, "supplyChain.suppliers[0].incidentNoticeHours")], strict.Outcomes("BUY0102"));
    }

    [Fact]
    public void Load_MissingFile_OneNe0101FindingNotAnException()
    {
        var result = RulePackFile.Load(Path.Combine(Path.GetTempPath(), "no-such-pack-" + Guid.NewGuid().ToString("N") + ".yaml"));

        Assert.Null(result.Pack);
        var error = Assert.Single(result.Errors);
        Assert.Equal("NE0101", error.RuleId);
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_LocatedAtTheFileWithoutAPosition()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-pack-" + Guid.NewGuid().ToString("N") + ".yaml");

        var error = Assert.Single(RulePackFile.Load(path).Errors);

        Assert.Equal((path, 0, 0, 0, 0), (error.Location.File, error.Location.Line, error.Location.Column, error.Location.EndLine, error.Location.EndColumn));
    }

    [Fact]
    public void Load_MissingAssembly_OneLineMessageLocatedAtTheFileWithoutAPosition()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-pack-" + Guid.NewGuid().ToString("N") + ".dll");

        var (packs, errors) = RulePackAssembly.Load(path);

        Assert.Empty(packs);
        var error = Assert.Single(errors);
        Assert.StartsWith("The pack assembly cannot be loaded: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.Equal((path, 0, 0), (error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Parse_PackAndParisCallStyleThreshold_KnownThresholdAccepted()
    {
        var yaml = OneRule("{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: maxEarlyWarningHours } } }");

        var result = RulePackFile.Parse(yaml, "pack.yaml", ["maxEarlyWarningHours"]);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Evaluate_ThresholdOfAnUnloadedPack_InsufficientDataNamingTheThreshold()
    {
        var pack = Load(OneRule("{ incidentResponse.reporting.earlyWarningHours: { greaterThan: { threshold: maxEarlyWarningHours } } }"), ["maxEarlyWarningHours"]);

        var report = Evaluate(pack, "incidentResponse: { reporting: { earlyWarningHours: 48 } }\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == "NE0201");
        Assert.Contains("threshold maxEarlyWarningHours", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueWithLineBreaksOrControlCharacters_EveryMessageIsOneVisibleLine()
    {
        var yaml = "apiVersion: norms/v1\nkind: RulePack\nmetadata: { id: \"a\\nb\\e[31m\", version: \"1\\r\\n2\", title: T }\nrules: []\n";

        var errors = RulePackFile.Parse(yaml, "pack.yaml").Errors;

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.DoesNotContain(e.Message, c => char.IsControl(c)));
        Assert.Contains(errors, e => e.Message.Contains("'a\\nb\\u001B[31m'", StringComparison.Ordinal));
    }
}
