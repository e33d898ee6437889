using System.Text.Json;
using NormsEngine.Diagnostics;
using NormsEngine.Packs;
using NormsEngine.ParisCall;
using NormsEngine.Rules;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;
using NRules.RuleModel;
using Snapshooter.Xunit;

namespace NormsEngine.Tests.Packs;

/// <summary>
/// <see cref="OscalCatalog"/>: the packs as an OSCAL 1.1.3 catalog, checked with NIST's JSON Schema, alone and with the
/// shipped YAML packs; a group per principle, a control per rule, parts, properties and links.
/// </summary>
public sealed class OscalCatalogTests
{
    [Fact]
    public void Write_ParisCallAloneAndWithTheShippedYamlPacks_ValidAgainstNistSchema()
    {
        OscalSchemas.AssertValid(OscalSchemas.Catalog, new Dictionary<string, string>
        {
            ["paris-call.catalog.json"] = Write(new ParisCallPack()),
            ["with-packs.catalog.json"] = Write(new ParisCallPack(), YamlPack("eu-nis2"), YamlPack("supplier-security")),
            ["no-principle.catalog.json"] = Write(new ParisCallPack(), new PrincipleFreePack()),
            ["empty.catalog.json"] = Write(),
        });
    }

    [Fact]
    public void Write_ParisCall_AGroupPerPrincipleWithItsTextAndAControlPerRule()
    {
        var pack = new ParisCallPack();

        var catalog = Catalog(Write(pack));

        var groups = catalog.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(pack.Principles.Select(p => p.Id.ToLowerInvariant()), groups.Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(pack.Principles.Select(p => p.Text), groups.Select(g => g.GetProperty("parts")[0].GetProperty("prose").GetString()));
        Assert.All(groups, g => Assert.Equal("statement", g.GetProperty("parts")[0].GetProperty("name").GetString()));
        var controls = groups.SelectMany(g => g.GetProperty("controls").EnumerateArray()).ToList();
        Assert.Equal(pack.Descriptors.Select(d => d.Id.ToLowerInvariant()), controls.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(pack.Descriptors.Select(d => d.Id), controls.Select(c => Prop(c, "label")));
    }

    [Fact]
    public void Write_ParisCallRule_StatementGuidanceObjectiveSeverityScopeReferencesAndPage()
    {
        var rule = new ParisCallPack().Descriptors.Single(d => d.Id == "PC0102");

        var control = Controls(Catalog(Write(new ParisCallPack()))).Single(c => c.GetProperty("id").GetString() == "pc0102");

        Assert.Equal(rule.Title, control.GetProperty("title").GetString());
        Assert.Equal(
            [("pc0102_smt", "statement", rule.Description), ("pc0102_gdn", "guidance", rule.Remediation), ("pc0102_obj", "assessment-objective", "Determine if: " + rule.Title)],
            control.GetProperty("parts").EnumerateArray().Select(p => (p.GetProperty("id").GetString(), p.GetProperty("name").GetString(), p.GetProperty("prose").GetString())));
        Assert.Equal("error", Prop(control, "severity"));
        var scope = control.GetProperty("props").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "scope");
        Assert.Equal("essentialService", scope.GetProperty("value").GetString());
        Assert.Contains("roles.criticalInfrastructure", scope.GetProperty("remarks").GetString(), StringComparison.Ordinal);
        var links = control.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal([.. rule.References, "PC0102: the rule's page"], links.Select(l => l.GetProperty("text").GetString()));
        Assert.Equal(rule.HelpUri!.AbsoluteUri, links[^1].GetProperty("href").GetString());
        Assert.Equal("help", links[^1].GetProperty("rel").GetString());
    }

    [Fact]
    public void Write_TextReferences_LinksToOneBackMatterCitationEach()
    {
        var catalog = Catalog(Write(new ParisCallPack()));

        var resources = catalog.GetProperty("back-matter").GetProperty("resources").EnumerateArray()
            .ToDictionary(r => r.GetProperty("uuid").GetString()!, r => r.GetProperty("citation").GetProperty("text").GetString());
        var references = Controls(catalog).SelectMany(c => c.GetProperty("links").EnumerateArray()).Where(l => l.GetProperty("rel").GetString() == "reference").ToList();
        Assert.NotEmpty(references);
        Assert.All(references, l => Assert.Equal(l.GetProperty("text").GetString(), resources[l.GetProperty("href").GetString()!.TrimStart('#')]));
        Assert.Equal(resources.Count, resources.Values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_WebAddressReference_LinkedDirectly()
    {
        var catalog = Catalog(Write(new PrincipleFreePack()));

        var link = Controls(catalog).Single().GetProperty("links").EnumerateArray().First();

        Assert.Equal("https://example.org/standard?part=1", link.GetProperty("href").GetString());
        Assert.Equal("reference", link.GetProperty("rel").GetString());
    }

    [Fact]
    public void Write_RuleWithoutPrinciple_GroupedUnderItsPack()
    {
        var catalog = Catalog(Write(new ParisCallPack(), new PrincipleFreePack()));

        var group = catalog.GetProperty("groups").EnumerateArray().Last();
        Assert.Equal("pack", group.GetProperty("class").GetString());
        Assert.Equal("Test pack without principles", group.GetProperty("title").GetString());
        Assert.Equal("xyz0001", Assert.Single(group.GetProperty("controls").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void Write_YamlPackWithoutParisCall_GroupsNamedAfterThePrinciplesItsRulesName()
    {
        var catalog = Catalog(Write(YamlPack("supplier-security")));

        var group = Assert.Single(catalog.GetProperty("groups").EnumerateArray());
        Assert.Equal("p6", group.GetProperty("id").GetString());
        Assert.False(group.TryGetProperty("parts", out _));
    }

    [Fact]
    public void Write_SamePacksTwice_SameBytes()
    {
        Assert.Equal(Write(new ParisCallPack(), YamlPack("eu-nis2")), Write(new ParisCallPack(), YamlPack("eu-nis2")));
    }

    [Fact]
    public void Write_ParisCall_MatchesSnapshot() => Snapshot.Match(Write(new ParisCallPack()));

    private static string Write(params IRulePack[] packs)
    {
        var writer = new StringWriter();
        OscalCatalog.Write(packs, writer);
        var text = writer.ToString();
        Assert.DoesNotContain('\r', text);
        return text;
    }

    private static IRulePack YamlPack(string name)
    {
        var result = RulePackFile.Load(RepositoryPaths.Combine("rules", "packs", name, "pack.yaml"));
        Assert.Empty(result.Errors);
        return result.Pack!;
    }

    private static JsonElement Catalog(string text) => JsonDocument.Parse(text).RootElement.GetProperty("catalog").Clone();

    private static IEnumerable<JsonElement> Controls(JsonElement catalog) =>
        catalog.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("controls").EnumerateArray());

    private static string? Prop(JsonElement node, string name) =>
        node.GetProperty("props").EnumerateArray().Where(p => p.GetProperty("name").GetString() == name).Select(p => p.GetProperty("value").GetString()).FirstOrDefault();

    /// <summary>A C# pack whose one rule names no principle and cites a web address.</summary>
    private sealed class PrincipleFreePack : IRulePack
    {
        public string Id => "test.free";

        public string Version => "1.0.0";

        public string Title => "Test pack without principles";

        public string Owner => "Tests";

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [
            RuleDescriptor.Create("XYZ0001", "Something holds", "It does not", "Other", Severity.Info, "Something must hold.", "Make it hold.", references: ["https://example.org/standard?part=1", "Book, page 3"]),
        ];

        public IReadOnlyList<Type> RuleTypes => [];

        public IReadOnlyDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>();

        public IReadOnlyList<Principle> Principles => [];

        public IEnumerable<IRuleDefinition> GetRuleDefinitions() => [];
    }
}
