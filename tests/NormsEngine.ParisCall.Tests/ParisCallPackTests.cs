using NormsEngine.Diagnostics;
using NormsEngine.ParisCall.Releases;
using NormsEngine.TestSupport;
using NRules.Fluent.Dsl;

namespace NormsEngine.ParisCall.Tests;

public class ParisCallPackTests
{
    /// <summary>
    /// The catalogue of the newest release: paris-call-rules.md's, with PC0903 and PC0905 moved to principle 1 as
    /// PC0107 and PC0108 in release 0.2.0; every ID with its default severity.
    /// </summary>
    public static TheoryData<string, Severity> Catalogue => new()
    {
        { "PC0101", Severity.Error }, { "PC0102", Severity.Error }, { "PC0103", Severity.Warning }, { "PC0104", Severity.Error },
        { "PC0105", Severity.Warning }, { "PC0106", Severity.Error }, { "PC0107", Severity.Warning }, { "PC0108", Severity.Info },
        { "PC0109", Severity.Warning }, { "PC0201", Severity.Error }, { "PC0202", Severity.Warning },
        { "PC0203", Severity.Error }, { "PC0204", Severity.Warning }, { "PC0205", Severity.Warning },
        { "PC0206", Severity.Warning }, { "PC0207", Severity.Warning }, { "PC0208", Severity.Warning },
        { "PC0209", Severity.Warning }, { "PC0301", Severity.Error }, { "PC0302", Severity.Warning },
        { "PC0303", Severity.Warning }, { "PC0304", Severity.Warning }, { "PC0305", Severity.Error },
        { "PC0306", Severity.Warning }, { "PC0307", Severity.Warning }, { "PC0401", Severity.Warning },
        { "PC0402", Severity.Warning }, { "PC0403", Severity.Error }, { "PC0404", Severity.Warning },
        { "PC0405", Severity.Warning }, { "PC0406", Severity.Warning }, { "PC0501", Severity.Error },
        { "PC0502", Severity.Warning }, { "PC0503", Severity.Warning }, { "PC0504", Severity.Error },
        { "PC0505", Severity.Warning }, { "PC0601", Severity.Error }, { "PC0602", Severity.Warning },
        { "PC0603", Severity.Warning }, { "PC0604", Severity.Error }, { "PC0605", Severity.Warning },
        { "PC0606", Severity.Error }, { "PC0607", Severity.Warning }, { "PC0608", Severity.Warning },
        { "PC0609", Severity.Warning }, { "PC0610", Severity.Warning }, { "PC0611", Severity.Warning },
        { "PC0701", Severity.Error }, { "PC0702", Severity.Error }, { "PC0703", Severity.Warning },
        { "PC0704", Severity.Warning }, { "PC0705", Severity.Error }, { "PC0706", Severity.Warning },
        { "PC0707", Severity.Warning }, { "PC0708", Severity.Warning }, { "PC0709", Severity.Warning },
        { "PC0710", Severity.Warning }, { "PC0711", Severity.Warning }, { "PC0712", Severity.Warning },
        { "PC0713", Severity.Warning }, { "PC0801", Severity.Error }, { "PC0802", Severity.Warning },
        { "PC0803", Severity.Error }, { "PC0804", Severity.Warning }, { "PC0805", Severity.Warning }, { "PC0901", Severity.Info },
        { "PC0902", Severity.Warning }, { "PC0904", Severity.Warning },
    };

    private static readonly ParisCallPack Pack = new();

    private static string RulesFolder => RepositoryPaths.Combine("rules", "paris-call");

    [Fact]
    public void Descriptors_Always_AreExactlyTheCatalogue()
    {
        var expected = Catalogue.Select(row => (string)row[0]).ToArray();

        Assert.Equal(expected, Pack.Descriptors.Select(d => d.Id).ToArray());
        Assert.Equal(68, Pack.RuleTypes.Count);
    }

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Descriptor_EachRule_HasCatalogueSeverityPrincipleAndDocumentation(string id, Severity severity)
    {
        var descriptor = Assert.Single(Pack.Descriptors, d => d.Id == id);

        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.Equal("P" + int.Parse(id.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture), descriptor.Principle);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Remediation));
        Assert.NotEmpty(descriptor.References);
        Assert.EndsWith($"/rules/paris-call/{id}.md", descriptor.HelpUri?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Every rule class, removed rules included (a pack pinned to an old release runs them), with its severity.</summary>
    public static TheoryData<string, Severity> EveryRule
    {
        get
        {
            var data = new TheoryData<string, Severity>();
            foreach (var descriptor in AllDescriptors())
            {
                data.Add(descriptor.Id, descriptor.DefaultSeverity);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void RulePage_EachRule_AgreesWithItsDescriptor(string id, Severity severity)
    {
        var descriptor = Assert.Single(AllDescriptors(), d => d.Id == id);
        var path = Path.Combine(RulesFolder, id + ".md");
        Assert.True(File.Exists(path), $"rules/paris-call/{id}.md is missing");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");

        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| Default severity | {severity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Example", "## References" })
        {
            Assert.Contains("\n" + section + "\n", page, StringComparison.Ordinal);
        }

        var references = page[(page.IndexOf("## References", StringComparison.Ordinal) + 13)..]
            .Split('\n')
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .ToArray();
        Assert.Equal(descriptor.References, references);
    }

    [Fact]
    public void RulePages_Folder_HasNoPageWithoutARule()
    {
        var pages = Directory.GetFiles(RulesFolder, "PC*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(AllDescriptors().Select(d => d.Id), pages);
    }

    [Theory]
    [InlineData("PC0903", "PC0107")]
    [InlineData("PC0905", "PC0108")]
    public void RulePage_RemovedRule_SaysSoAndNamesItsSuccessor(string removed, string successor)
    {
        var page = File.ReadAllText(Path.Combine(RulesFolder, removed + ".md")).ReplaceLineEndings("\n");

        Assert.Contains($"| Release | 0.1.0 only: removed in 0.2.0, moved to principle 1 as [{successor}]({successor}.md) |", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Pack.Descriptors, d => d.Id == removed);
    }

    [Fact]
    public void Ledger_NewestRelease_ListsEveryRuleOfThePackWithItsPrincipleSeverityAndTitle()
    {
        var ledger = ReleaseLedger.Parse(File.ReadAllText(Path.Combine(RulesFolder, "RELEASES.md")));
        var rules = ledger.RulesAt(ledger.Latest);

        Assert.Equal(Pack.Descriptors.Select(d => d.Id), rules.Keys.Order(StringComparer.Ordinal));
        foreach (var descriptor in Pack.Descriptors)
        {
            var row = rules[descriptor.Id];
            Assert.Equal((descriptor.Principle, descriptor.DefaultSeverity, descriptor.Title), (row.Principle, row.Severity, row.Title));
        }
    }

    [Fact]
    public void Ledger_EveryRuleClass_WasAddedByARelease()
    {
        var ledger = ReleaseLedger.Parse(File.ReadAllText(Path.Combine(RulesFolder, "RELEASES.md")));

        Assert.Equal(AllDescriptors().Select(d => d.Id), ledger.AllRules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(AllDescriptors(), d => Assert.Contains("since:" + ledger.SinceOf(d.Id), d.Tags));
    }

    [Fact]
    public void Ledger_Embedded_IsTheFileInTheRulesFolder()
    {
        // The pack reads its embedded copy; the file is what people read and edit.
        Assert.Equal(ReleaseLedger.Parse(File.ReadAllText(Path.Combine(RulesFolder, "RELEASES.md"))).Versions, ParisCallPack.Releases);
    }

    [Fact]
    public void Principles_Resource_HoldsTheNineOfficialTexts()
    {
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"], Pack.Principles.Select(p => p.Id));
        Assert.Equal("Cyber hygiene", Pack.Principles[6].Title);
        Assert.StartsWith("Support efforts to strengthen an advanced cyber hygiene", Pack.Principles[6].Text, StringComparison.Ordinal);
        Assert.All(Pack.Principles, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
    }

    [Fact]
    public void RuleTypes_EachRule_LivesInItsPrinciplesFolderAndNamesItsId()
    {
        foreach (var type in Pack.RuleTypes)
        {
            Assert.True(typeof(Rule).IsAssignableFrom(type));
            var descriptor = (RuleDescriptor)type.GetField("Descriptor")!.GetValue(null)!;
            Assert.StartsWith(descriptor.Id, type.Name, StringComparison.Ordinal);
            Assert.StartsWith("NormsEngine.ParisCall." + descriptor.Principle, type.Namespace, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Scopes_EveryScopeARuleNames_IsDescribedSoTheEngineDecidesIt()
    {
        // The engine applies a rule only when the scope its descriptor names holds, if the pack describes that scope:
        // a scope named but not described would let the rule apply to every organisation.
        var described = Pack.Scopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var descriptor in AllDescriptors())
        {
            var scope = Assert.Single(descriptor.Tags, t => t.StartsWith("scope:", StringComparison.Ordinal))["scope:".Length..];
            Assert.True(scope == "all" || described.Contains(scope), $"{descriptor.Id} names the scope '{scope}', which the pack does not describe.");
        }
    }

    [Fact]
    public void Evaluate_OrganisationWithNoRole_OnlyRulesWhoseScopeHoldsGiveOutcomes()
    {
        var evaluator = new NormsEngine.Engine.NormsEvaluator([Pack]);
        var document = Assert.Single(evaluator.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: Plain, assessedOn: 2026-10-01 }\nsupplyChain: { suppliers: [ { name: A, critical: true, accessToProduction: true } ] }\n").Documents);
        var organisation = new NormsEngine.Documents.DocumentLoader().Load("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: Plain, assessedOn: 2026-10-01 }\n")[0].Organisation!;
        var scopes = Pack.Scopes.ToDictionary(s => s.Name, StringComparer.Ordinal);

        // Passed rules, failed rules, and the rules an NE0201 (insufficient data) names in its message.
        var ruleIds = document.Passed.Select(p => p.RuleId)
            .Concat(document.Findings.Where(f => f.Principle is not null).Select(f => f.RuleId == "NE0201" ? System.Text.RegularExpressions.Regex.Match(f.Message, "PC[0-9]{4}").Value : f.RuleId))
            .Distinct()
            .ToList();

        Assert.NotEmpty(ruleIds);
        foreach (var id in ruleIds)
        {
            var scope = Pack.Descriptors.Single(d => d.Id == id).Tags.Single(t => t.StartsWith("scope:", StringComparison.Ordinal))["scope:".Length..];
            Assert.True(scope == "all" || scopes[scope].Holds(organisation), $"{id} (scope {scope}) gave an outcome although its scope does not hold.");
        }

        // And the scoped rules are there when their scope holds: a software producer gets PC0601.
        var producer = Assert.Single(evaluator.EvaluateYaml("apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: P, assessedOn: 2026-10-01 }\nroles: { developsSoftware: true }\n").Documents);
        Assert.Contains(producer.Findings, f => f.RuleId == "PC0601" || (f.RuleId == "NE0201" && f.Message.Contains("PC0601", StringComparison.Ordinal)));
    }

    /// <summary>The descriptor of every rule class of the assembly, by ID.</summary>
    private static List<RuleDescriptor> AllDescriptors() =>
        [.. typeof(ParisCallPack).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t))
            .Select(t => (RuleDescriptor)t.GetField("Descriptor")!.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
}
