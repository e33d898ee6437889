using NormsEngine.Documents;
using NormsEngine.Model;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

public sealed class BinderTests
{
    private readonly DocumentLoader _loader = new();

    [Theory]
    [InlineData("apiVersion: norms/v1\nkind: Organisation\nmetadata:\n", "metadata.name", 3)]
    [InlineData("apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name:\n", "metadata.name", 4)]
    [InlineData("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nsupplyChain:\n  suppliers:\n    - name: ~\n      critical: true\n", "supplyChain.suppliers[0].name", 6)]
    public void Bind_RequiredFieldWrittenWithoutValue_IsNe0007(string yaml, string path, int line)
    {
        var finding = Assert.Single(new DocumentLoader().Load(yaml)[0].Findings);

        Assert.Equal(("NE0007", path, line), (finding.RuleId, finding.Location.Path, finding.Location.Line));
    }

    [Fact]
    public void Bind_UnknownField_ReportsNE0002WithSuggestionAtTheKey()
    {
        var document = Load(Yaml.Document("hygiene:", "  mfa:", "    adminPtc: 80"));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0002", 7, 5, 7, 13), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn));
        Assert.Equal("hygiene.mfa.adminPtc", finding.Location.Path);
        Assert.Contains("did you mean 'adminPct'?", finding.Message, StringComparison.Ordinal);
        Assert.Null(document.Organisation!.Hygiene.Mfa.AdminPct);
    }

    [Fact]
    public void Bind_ThreeTypos_ReportsThreeNE0002InDocumentOrder()
    {
        var document = Load(Yaml.Document("  sectr: health", "rols:", "  hasCsirt: true", "hygiene:", "  endOfLifeSoftwareCont: 2"));

        Assert.Equal(3, document.Findings.Count);
        Assert.All(document.Findings, f => Assert.Equal("NE0002", f.RuleId));
        Assert.Equal(
            [("metadata.sectr", 5, 3, "sector"), ("rols", 6, 1, "roles"), ("hygiene.endOfLifeSoftwareCont", 9, 3, "endOfLifeSoftwareCount")],
            document.Findings.Select(f => (f.Location.Path, f.Location.Line, f.Location.Column, Suggestion(f.Message))));
    }

    [Fact]
    public void Bind_UnknownFieldFarFromAnyName_ListsKnownFields()
    {
        var finding = Assert.Single(Load(Yaml.Document("  zzzzzzzzzz: 1")).Findings);

        Assert.Equal("NE0002", finding.RuleId);
        Assert.Contains("known fields: name, type, country, sector, assessedOn", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_ExtensionFields_KeptByPathAndNotNE0002()
    {
        var document = Load(Yaml.Document(
            "x-sector:",
            "  code: 42",
            "  tags: [a, b]",
            "supplyChain:",
            "  suppliers:",
            "    - name: Alpha",
            "      x-tier: gold",
            "hygiene:",
            "  x-ratio: 0.5",
            "  x-off: false",
            "  x-none: ~"));

        Assert.Empty(document.Findings);
        var extensions = document.Organisation!.Extensions;
        Assert.Equal(["hygiene.x-none", "hygiene.x-off", "hygiene.x-ratio", "supplyChain.suppliers[0].x-tier", "x-sector"], extensions.Keys.Order(StringComparer.Ordinal));
        var sector = Assert.IsType<Dictionary<string, object?>>(extensions["x-sector"]);
        Assert.Equal(42L, sector["code"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(sector["tags"]));
        Assert.Equal("gold", extensions["supplyChain.suppliers[0].x-tier"]);
        Assert.Equal(0.5m, extensions["hygiene.x-ratio"]);
        Assert.Equal(false, extensions["hygiene.x-off"]);
        Assert.Null(extensions["hygiene.x-none"]);
        Assert.Equal(6, document.SourceMap.Find("x-sector.code")!.Line);
    }

    [Fact]
    public void Bind_NoExtensions_ExtensionsIsEmpty()
    {
        Assert.Empty(Load(Yaml.Document()).Organisation!.Extensions);
    }

    [Fact]
    public void Bind_PercentOutOfRange_ReportsNE0003WithRange()
    {
        var finding = Assert.Single(Load(Yaml.Document("hygiene:", "  mfa:", "    adminPct: 150")).Findings);

        Assert.Equal(("NE0003", 7, 15, 7, 18, "hygiene.mfa.adminPct"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn, finding.Location.Path));
        Assert.Contains("a percentage from 0 to 100", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownEnumValue_ReportsNE0003ListingTheValues()
    {
        var finding = Assert.Single(Load(Yaml.Document("roles:", "  nis2Entity: essentail")).Findings);

        Assert.Equal(("NE0003", 6, 15, "roles.nis2Entity"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
        Assert.Contains("expected one of none, important, essential", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'essential'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_TextForWholeNumber_ReportsNE0003NamingTheType()
    {
        var finding = Assert.Single(Load(Yaml.Document("resilience:", "  rtoHours: lots")).Findings);

        Assert.Equal(("NE0003", 6, 13, "resilience.rtoHours"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
        Assert.Contains("a whole number of hours, 0 or more", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  assessedOn: 2026-13-01", "metadata.assessedOn", "a date as YYYY-MM-DD")]
    [InlineData("  country: France", "metadata.country", "text matching ^[A-Z]{3}$")]
    [InlineData("  type: [company]", "metadata.type", "one of company, publicBody")]
    [InlineData("  name: {first: a}", "metadata.name", "text; found a mapping")]
    public void Bind_WrongValue_ReportsNE0003WithExpectation(string line, string path, string expected)
    {
        var finding = Assert.Single(Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation", "metadata:", line)).Findings, f => f.RuleId == "NE0003");

        Assert.Equal((4, path), (finding.Location.Line, finding.Location.Path));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_QuotedBoolean_ReportsNE0003()
    {
        var finding = Assert.Single(Load(Yaml.Document("roles:", "  hasCsirt: \"true\"")).Findings);

        Assert.Equal(("NE0003", 6, 13), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("true or false; found the text 'true'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_DuplicateEnumsInList_IgnoresDuplicatesAndRejectsUnknown()
    {
        var document = Load(Yaml.Document("incidentResponse:", "  escalation: [regulator, regulator, police]"));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0003", 6, 38, "incidentResponse.escalation[2]"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
        Assert.Equal([EscalationTarget.Regulator], document.Organisation!.IncidentResponse.Escalation);
    }

    [Fact]
    public void Bind_MissingApiVersion_ReportsNE0006AtDocumentStart()
    {
        var finding = Assert.Single(Load(Yaml.Lines("kind: Organisation", "metadata:", "  name: X")).Findings);

        Assert.Equal(("NE0006", 1, 1, string.Empty), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
        Assert.Contains("apiVersion is missing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_WrongKind_ReportsNE0006AtTheValue()
    {
        var finding = Assert.Single(Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organization", "metadata:", "  name: X")).Findings);

        Assert.Equal(("NE0006", 2, 7, 2, 19, "kind"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn, finding.Location.Path));
        Assert.Contains("found 'Organization'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Configuration", "root: true|rules:|  PC0603: warning|suppressions: []", "this is a configuration file (norms.config.yaml), not a practices document; pass it with --config")]
    [InlineData("RulePack", "metadata: { id: contoso, version: 1.0.0, title: Contoso }|rules: []", "this is a rule pack, not a practices document; pass it with --pack")]
    public void Bind_KindOfAnotherNormsFile_ReportsOneNE0006SayingWhereItGoes(string kind, string body, string hint)
    {
        var document = Load(Yaml.Lines(["apiVersion: norms/v1", $"kind: {kind}", .. body.Split('|')]));

        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0006", 2, 7, "kind"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
        Assert.Equal($"kind must be 'Organisation'; found '{kind}': {hint}.", finding.Message);
        Assert.Null(document.Organisation);
    }

    [Fact]
    public void Bind_ScalarDocument_ReportsNE0006()
    {
        var document = Load("just text\n");

        Assert.Null(document.Organisation);
        Assert.Equal(("NE0006", 1, 1), Assert.Single(document.Findings) is var f ? (f.RuleId, f.Location.Line, f.Location.Column) : default);
    }

    [Fact]
    public void Bind_MissingMetadataName_ReportsNE0007AtTheSection()
    {
        var finding = Assert.Single(Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation", "metadata:", "  type: company")).Findings);

        Assert.Equal(("NE0007", 3, 1, 3, 9, "metadata.name"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn, finding.Location.Path));
    }

    [Fact]
    public void Bind_NoMetadataSection_ReportsNE0007AtTheRoot()
    {
        var finding = Assert.Single(Load(Yaml.Lines("apiVersion: norms/v1", "kind: Organisation", "roles:", "  hasCsirt: true")).Findings);

        Assert.Equal(("NE0007", 1, 1, "metadata.name"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
    }

    [Fact]
    public void Bind_SupplierWithoutName_ReportsNE0007AtTheItem()
    {
        var finding = Assert.Single(Load(Yaml.Document("supplyChain:", "  suppliers:", "    - name: A", "    - critical: true")).Findings);

        Assert.Equal(("NE0007", 8, 7, "supplyChain.suppliers[1].name"), (finding.RuleId, finding.Location.Line, finding.Location.Column, finding.Location.Path));
    }

    [Fact]
    public void Bind_Suppliers_EachKnowsItsIndex()
    {
        var document = Load(Yaml.Document(
            "supplyChain:",
            "  suppliers:",
            "    -",
            "    - name: B",
            "    - name: C",
            "      incidentNoticeHours: 48"));

        Assert.Equal("NE0003", Assert.Single(document.Findings).RuleId);
        var suppliers = document.Organisation!.SupplyChain.Suppliers!;
        Assert.Equal([("B", 1), ("C", 2)], suppliers.Select(s => (s.Name!, s.Index)));
        Assert.Equal("supplyChain.suppliers[2]", suppliers[1].Path);
        Assert.Equal(48, suppliers[1].IncidentNoticeHours);
    }

    [Fact]
    public void Bind_UndeclaredValues_StayNullWhileRolesDefaultToFalse()
    {
        var organisation = Load(Yaml.Document()).Organisation!;

        Assert.Null(organisation.Hygiene.Mfa.AdminPct);
        Assert.Null(organisation.Hygiene.EndOfLifeSoftwareCount);
        Assert.Null(organisation.Metadata.AssessedOn);
        Assert.Null(organisation.SupplyChain.Suppliers);
        Assert.Null(organisation.IncidentResponse.Escalation);
        Assert.False(organisation.Roles.InternetFacing);
        Assert.False(organisation.Roles.HasCsirt);
        Assert.Equal(Nis2Entity.None, organisation.Roles.Nis2Entity);
        Assert.Empty(organisation.Roles.ElectionRoles);
    }

    [Fact]
    public void Bind_ExplicitNull_StaysNotDeclared()
    {
        var document = Load(Yaml.Document("hygiene:", "  mfa:", "    adminPct: ~", "  endOfLifeSoftwareCount: null"));

        Assert.Empty(document.Findings);
        Assert.Null(document.Organisation!.Hygiene.Mfa.AdminPct);
        Assert.True(document.SourceMap.Contains("hygiene.mfa.adminPct"));
    }

    [Fact]
    public void Bind_OneBadValue_DoesNotHideTheOthers()
    {
        var document = Load(Yaml.Document("hygiene:", "  mfa: { externalAppsPct: -1, remoteAccessPct: 90, adminPct: x }"));

        Assert.Equal([("NE0003", 6, 27), ("NE0003", 6, 62)], document.Findings.Select(f => (f.RuleId, f.Location.Line, f.Location.Column)));
        Assert.Equal(90m, document.Organisation!.Hygiene.Mfa.RemoteAccessPct);
    }

    private static string Suggestion(string message)
    {
        const string marker = "did you mean '";
        var start = message.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return message[start..message.IndexOf('\'', start)];
    }

    private PracticesDocument Load(string text) => Assert.Single(_loader.Load(text));
}
