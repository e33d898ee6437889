using System.Text;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Model;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

public sealed class DocumentLoaderTests
{
    /// <summary>The example from spec/organisation-v1.md, verbatim.</summary>
    private const string SpecExample = """
        # yaml-language-server: $schema=../../src/NormsEngine/Schemas/organisation.schema.json
        apiVersion: norms/v1
        kind: Organisation
        metadata:
          name: Hôpital Saint-Exemple
          type: publicBody            # company | publicBody | ngo | stateAgency | academic | internationalOrganisation
          country: FRA                # ISO 3166-1 alpha-3
          sector: health              # free text
          assessedOn: 2026-10-15      # the as-of date for every age check, unless the caller overrides it
        roles:
          criticalInfrastructure: true
          nis2Entity: essential       # none | important | essential
          developsSoftware: false
          internetFacing: true
          hasCsirt: false
        incidentResponse:
          plan: { exists: true, lastExercise: 2025-03-02 }
          escalation: [nationalCsirt, regulator]
          reporting: { nationalCsirt: CERT Santé, earlyWarningHours: 24, notificationHours: 72 }
          retainer: { provider: Example IR Ltd, forbidsHackBack: true }
        resilience:
          backups: { offlineOrImmutable: false, lastRestoreTest: 2024-06-30 }
          rtoHours: 48
          maxTolerableDowntimeHours: 24
        hygiene:
          mfa: { externalAppsPct: 100, remoteAccessPct: 100, adminPct: 80 }
          patching: { osCadenceDays: 30, criticalExternalSlaDays: 10 }
          inventory: { hardware: true, software: true, lastReview: 2026-05-01 }
          training: { annualCompletionPct: 74 }
          endOfLifeSoftwareCount: 3
        supplyChain:
          supplierInventory: true
          suppliers:
            - name: MedCloud SAS
              critical: true
              accessToProduction: true
              securityClauses: true
              incidentNoticeHours: 48
              lastAssessment: 2025-01-20
        hackBack:
          policyProhibits: true
        norms:
          parisCall: { endorsed: false }
          isacs: [Health-ISAC]
          sharesThreatIntel: true
        """;

    private readonly DocumentLoader _loader = new();

    [Fact]
    public void Load_SpecExample_BindsEveryFieldWithoutFindings()
    {
        var document = Assert.Single(_loader.Load(SpecExample, "hospital.yaml"));

        Assert.Empty(document.Findings);
        var organisation = Assert.IsType<Organisation>(document.Organisation);
        Assert.Equal("Hôpital Saint-Exemple", document.Name);
        Assert.Equal(OrganisationType.PublicBody, organisation.Metadata.Type);
        Assert.Equal(new DateOnly(2026, 10, 15), organisation.Metadata.AssessedOn);
        Assert.Equal(Nis2Entity.Essential, organisation.Roles.Nis2Entity);
        Assert.Equal(80m, organisation.Hygiene.Mfa.AdminPct);
        Assert.Equal([EscalationTarget.NationalCsirt, EscalationTarget.Regulator], organisation.IncidentResponse.Escalation);
        Assert.Equal("CERT Santé", organisation.IncidentResponse.Reporting.NationalCsirt);
        var supplier = Assert.Single(organisation.SupplyChain.Suppliers!);
        Assert.Equal(48, supplier.IncidentNoticeHours);
        Assert.Equal("hospital.yaml", document.SourceMap.Find("metadata.name")!.File);
    }

    [Fact]
    public void Load_NullText_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => _loader.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => _loader.Load((Stream)null!));
    }

    [Fact]
    public void Load_EmptyText_ReportsEmptyDocumentAsNE0006AtLine1()
    {
        var document = Assert.Single(_loader.Load(string.Empty));

        Assert.Null(document.Organisation);
        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0006", finding.RuleId);
        Assert.Equal((1, 1), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("empty", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyStream_ReportsNE0006()
    {
        using var stream = new MemoryStream();

        var document = Assert.Single(_loader.Load(stream));

        Assert.Equal("NE0006", Assert.Single(document.Findings).RuleId);
    }

    [Fact]
    public void Load_OnlyComments_ReportsNE0006()
    {
        var document = Assert.Single(_loader.Load(Yaml.Lines("# a comment", "   # another", "", "#")));

        Assert.Null(document.Organisation);
        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0006", finding.RuleId);
        Assert.Equal((1, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Load_Utf8BomAndCrlfStream_BindsWithCorrectLines()
    {
        var text = Yaml.Document("hygiene:", "  mfa:", "    adminPct: 80").Replace("\n", "\r\n", StringComparison.Ordinal);
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Yaml.Utf8(text)]);

        var document = Assert.Single(_loader.Load(stream));

        Assert.Empty(document.Findings);
        Assert.Equal("Example Org", document.Name);
        Assert.Equal(80m, document.Organisation!.Hygiene.Mfa.AdminPct);
        var location = document.SourceMap.Find("hygiene.mfa.adminPct")!;
        Assert.Equal((7, 15, 7, 17), (location.Line, location.Column, location.EndLine, location.EndColumn));
        var name = document.SourceMap.Find("metadata.name")!;
        Assert.Equal((4, 9), (name.Line, name.Column));
    }

    [Fact]
    public void Load_TextWithBomCharacter_Binds()
    {
        var document = Assert.Single(_loader.Load("\uFEFF" + Yaml.Document()));

        Assert.Empty(document.Findings);
        Assert.Equal("Example Org", document.Name);
        Assert.Equal(4, document.SourceMap.Find("metadata.name")!.Line);
    }

    [Fact]
    public void Load_CrlfErrorAfterCrlfLines_ReportsLineOfTheError()
    {
        var text = Yaml.Document("hygiene:", "  mfa:", "    adminPct: 150").Replace("\n", "\r\n", StringComparison.Ordinal);

        var finding = Assert.Single(Assert.Single(_loader.Load(text)).Findings);

        Assert.Equal(("NE0003", 7, 15), (finding.RuleId, finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsNE0001AtTheBadByte()
    {
        byte[] bytes = [.. Yaml.Utf8(Yaml.Document("  sector: Caf")[..^1]), 0xC3, 0x28, (byte)'\n'];
        using var stream = new MemoryStream(bytes);

        var document = Assert.Single(_loader.Load(stream, "bad.yaml"));

        Assert.Null(document.Organisation);
        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0001", finding.RuleId);
        Assert.Equal(("bad.yaml", 5, 14), (finding.Location.File, finding.Location.Line, finding.Location.Column));
        Assert.Contains("UTF-8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MultiDocumentWithBrokenSecond_BindsFirstAndThird()
    {
        var text = Yaml.Lines(
            [
                .. Yaml.Header,               // 1-4
                "---",                         // 5
                "apiVersion: norms/v1",        // 6
                "kind: Organisation",          // 7
                "metadata: {name: [unclosed",  // 8
                "---",                         // 9
                "apiVersion: norms/v1",        // 10
                "kind: Organisation",          // 11
                "metadata:",                   // 12
                "  name: Third",               // 13
                "hygiene:",                    // 14
                "  endOfLifeSoftwareCount: -1", // 15
            ]);

        var documents = _loader.Load(text, "three.yaml");

        Assert.Equal(3, documents.Count);
        Assert.Equal([0, 1, 2], documents.Select(d => d.Index));
        Assert.Empty(documents[0].Findings);
        Assert.Equal("Example Org", documents[0].Name);
        Assert.Null(documents[1].Organisation);
        var syntax = Assert.Single(documents[1].Findings);
        Assert.Equal("NE0001", syntax.RuleId);
        Assert.InRange(syntax.Location.Line, 8, 9);
        Assert.Equal("Third", documents[2].Name);
        Assert.Equal(9, documents[2].StartLine);
        var range = Assert.Single(documents[2].Findings);
        Assert.Equal(("NE0003", 15, 27, "hygiene.endOfLifeSoftwareCount"), (range.RuleId, range.Location.Line, range.Location.Column, range.Location.Path));
        Assert.Equal(13, documents[2].SourceMap.Find("metadata.name")!.Line);
    }

    [Fact]
    public void Load_ThreeValidDocuments_ReturnsEachWithItsOwnSourceMap()
    {
        var text = Yaml.Lines([.. Yaml.Header, "---", .. Yaml.Header, "---", .. Yaml.Header]);

        var documents = _loader.Load(text);

        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.Empty(d.Findings));
        Assert.Equal([4, 9, 14], documents.Select(d => d.SourceMap.Find("metadata.name")!.Line));
    }

    [Fact]
    public void LoadFile_File_PutsThePathInEveryLocation()
    {
        var path = Path.Combine(Path.GetTempPath(), $"norms-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Yaml.Document("bogus: 1"));
        try
        {
            var document = Assert.Single(_loader.LoadFile(path));

            var finding = Assert.Single(document.Findings);
            Assert.Equal(path, finding.Location.File);
            Assert.Equal(path, document.File);
            Assert.Equal($"{path}(5,1)", finding.Location.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsIOException()
    {
        Assert.ThrowsAny<IOException>(() => _loader.LoadFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml")));
    }

    [Fact]
    public void Load_ManyThreads_EachGetsItsOwnResult()
    {
        var results = new string?[64];

        Parallel.For(0, results.Length, i =>
        {
            var document = Assert.Single(_loader.Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation", "metadata:", $"  name: Org {i}")));
            results[i] = document.Name;
        });

        Assert.Equal(Enumerable.Range(0, results.Length).Select(i => $"Org {i}"), results);
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentLoader(new ReaderLimits { MaxDepth = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentLoader(new ReaderLimits { MaxInputBytes = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentLoader(new ReaderLimits { MaxNodes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentLoader(new ReaderLimits { MaxDocuments = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentLoader(new ReaderLimits { MaxAliasExpansion = -1 }));
    }

    [Fact]
    public void MaxAliasExpansion_NotSet_FollowsMaxInputBytes()
    {
        Assert.Equal(64, new ReaderLimits { MaxInputBytes = 64 }.MaxAliasExpansion);
        Assert.Equal(10, new ReaderLimits { MaxInputBytes = 64, MaxAliasExpansion = 10 }.MaxAliasExpansion);
        Assert.Equal(10, (ReaderLimits.Default with { MaxAliasExpansion = 10 }).MaxAliasExpansion);
    }

    [Fact]
    public void Constructor_NoLimits_UsesDefaults()
    {
        var limits = new DocumentLoader().Limits;

        Assert.Equal(ReaderLimits.Default, limits);
        Assert.Equal((4L * 1024 * 1024, 64, 1000, 100_000), (limits.MaxInputBytes, limits.MaxDepth, limits.MaxAliases, limits.MaxNodes));
        Assert.Equal((1000, 4L * 1024 * 1024), (limits.MaxDocuments, limits.MaxAliasExpansion));
    }

    [Fact]
    public void Load_CustomInputLimit_ReportsNE0005ForLargerText()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxInputBytes = 64 });

        var small = Assert.Single(loader.Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation")));
        var large = Assert.Single(loader.Load(Yaml.Document()));

        Assert.DoesNotContain(small.Findings, f => f.RuleId == "NE0005");
        var finding = Assert.Single(large.Findings);
        Assert.Equal(("NE0005", 1, 1), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("64", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomDepthLimit_ReportsNE0005WhereTheLimitIsPassed()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxDepth = 3 });

        var ok = Assert.Single(loader.Load(Yaml.Document("hygiene:", "  mfa:", "    adminPct: 1")));
        var deep = Assert.Single(loader.Load(Yaml.Document("x-a:", "  b:", "    c:", "      d: 1")));

        Assert.Empty(ok.Findings);
        Assert.Null(deep.Organisation);
        var finding = Assert.Single(deep.Findings);
        Assert.Equal(("NE0005", 8, 7), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("nesting depth", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomAliasLimit_ReportsNE0005AtTheFirstAliasOverTheLimit()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxAliases = 2 });

        var document = Assert.Single(loader.Load(Yaml.Document("x-a: &v 1", "x-b: [*v, *v, *v]")));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0005", 6, 15), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("alias", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CustomNodeLimit_ReportsNE0005()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxNodes = 10 });

        var document = Assert.Single(loader.Load(Yaml.Document("x-list: [1, 2, 3, 4, 5, 6]")));

        var finding = Assert.Single(document.Findings);
        Assert.Equal("NE0005", finding.RuleId);
        Assert.Equal(5, finding.Location.Line);
        Assert.Contains("nodes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DocumentWithErrors_HasErrorsIsTrue()
    {
        var clean = Assert.Single(_loader.Load(Yaml.Document()));
        var broken = Assert.Single(_loader.Load(Yaml.Document("bogus: 1")));

        Assert.False(clean.HasErrors);
        Assert.True(broken.HasErrors);
        Assert.All(broken.Findings, f => Assert.Equal(Severity.Error, f.Severity));
    }
}
