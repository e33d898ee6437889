using System.Globalization;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.ParisCall;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Generation;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Benchmarks.Tests.Generation;

/// <summary>The practices-document generator: deterministic, always loadable and schema-valid, and varied enough to exercise every kind of outcome.</summary>
public sealed class DocumentGeneratorTests
{
    private const int CorpusSize = 300;
    private const int Seed = 11;

    private static readonly Lazy<IReadOnlyList<(string Yaml, PracticesDocument Document)>> Corpus = new(() =>
    {
        var loader = new DocumentLoader();
        return [.. Enumerable.Range(0, CorpusSize).Select(i =>
        {
            var yaml = DocumentGenerator.Generate(Seed, i);
            return (yaml, loader.Load(yaml, $"org-{i:D5}.yaml").Single());
        })];
    });

    [Fact]
    public void Generate_SameSeedAndIndex_ReturnsTheSameText()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(DocumentGenerator.Generate(3, i), DocumentGenerator.Generate(3, i));
            Assert.Equal(DocumentGenerator.Generate(3, i, suppliers: 20), DocumentGenerator.Generate(3, i, suppliers: 20));
        }
    }

    [Fact]
    public void Generate_DifferentIndexOrSeed_ReturnsDifferentText()
    {
        var texts = Enumerable.Range(0, 50).Select(i => DocumentGenerator.Generate(3, i)).ToList();

        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(DocumentGenerator.Generate(3, 0), DocumentGenerator.Generate(4, 0));
    }

    [Fact]
    public void WriteTo_AnyDocument_WritesWhatGenerateReturns()
    {
        for (var i = 0; i < 20; i++)
        {
            using var writer = new StringWriter();
            DocumentGenerator.WriteTo(writer, Seed, i, i % 3 == 0 ? i : null);

            Assert.Equal(DocumentGenerator.Generate(Seed, i, i % 3 == 0 ? i : null), writer.ToString());
        }
    }

    [Fact]
    public void Generate_Output_DoesNotDependOnTheCurrentCulture()
    {
        var expected = Enumerable.Range(0, 30).Select(i => DocumentGenerator.Generate(Seed, i)).ToList();

        var local = CultureSwitch.Run(new CultureInfo("fr-FR"), () => Enumerable.Range(0, 30).Select(i => DocumentGenerator.Generate(Seed, i)).ToList());

        Assert.Equal(expected, local);
    }

    [Fact]
    public void WriteCorpus_SameSeedTwice_WritesTheSameBytes()
    {
        using var workspace = new Workspace("norms-generate-");

        var first = DocumentGenerator.WriteCorpus(workspace.PathOf("a"), 40, seed: 9);
        var second = DocumentGenerator.WriteCorpus(workspace.PathOf("b"), 40, seed: 9);
        var other = DocumentGenerator.WriteCorpus(workspace.PathOf("c"), 40, seed: 10);

        Assert.Equal(first.Select(Path.GetFileName), second.Select(Path.GetFileName));
        Assert.All(first.Zip(second), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
        Assert.Contains(first.Zip(other), pair => !File.ReadAllBytes(pair.First).AsSpan().SequenceEqual(File.ReadAllBytes(pair.Second)));
        Assert.Equal(DocumentGenerator.Generate(9, 7), File.ReadAllText(first[7]));
    }

    [Fact]
    public void Generate_300Documents_ValidAgainstTheOrganisationSchema()
    {
        // ajv reads JSON with YAML 1.2 core scalars (YamlToJson), as editors read the YAML; batches keep its output small.
        using var scratch = new AjvRunner.ScratchDirectory();
        var files = Corpus.Value.Select((c, i) => scratch.Write($"org-{i:D5}.json", Assert.Single(YamlToJson.Documents(c.Yaml))))
            .Concat(new[] { 0, 1, 40 }.Select(k => scratch.Write($"suppliers-{k}.json", Assert.Single(YamlToJson.Documents(DocumentGenerator.Generate(Seed, k, k))))))
            .ToList();

        var verdicts = files.Chunk(100).SelectMany(batch => AjvRunner.Run("validate", batch, errors: "no").Verdicts()).ToDictionary();

        Assert.Equal(files.Count, verdicts.Count);
        Assert.True(verdicts.Values.All(v => v), "ajv rejected: " + string.Join(", ", verdicts.Where(v => !v.Value).Select(v => Path.GetFileName(v.Key))));
    }

    [Fact]
    public void Generate_300Documents_LoadWithNoDiagnostics()
    {
        foreach (var (yaml, document) in Corpus.Value)
        {
            Assert.True(document.Findings.Count == 0, $"{document.File}: {string.Join("; ", document.Findings)}\n{yaml}");
            Assert.False(document.HasErrors);
            Assert.NotNull(document.Organisation);
            Assert.False(string.IsNullOrWhiteSpace(document.Name));
        }
    }

    [Fact]
    public void Generate_300Documents_VaryInTypesRolesSectionsAndSuppliers()
    {
        var organisations = Corpus.Value.Select(c => c.Document.Organisation!).ToList();

        Assert.Equal(Enum.GetValues<OrganisationType>().Length, organisations.Select(o => o.Metadata.Type).OfType<OrganisationType>().Distinct().Count());
        Assert.Equal(3, organisations.Select(o => o.Roles.Nis2Entity).Distinct().Count());
        Assert.True(organisations.Select(o => o.SupplyChain.Suppliers?.Count ?? -1).Distinct().Count() >= 8);
        Assert.Contains(organisations, o => o.SupplyChain.Suppliers is null);
        Assert.Contains(organisations, o => o.SupplyChain.Suppliers?.Any(s => s.Critical == true) == true);
        Assert.Contains(organisations, o => o.SupplyChain.Suppliers?.Any(s => s.Critical == false) == true);
        Assert.Contains(organisations, o => o.Network.Asns?.Count > 0);
        Assert.Contains(organisations, o => o.Network.Dns.Roles?.Count > 0);
        Assert.Contains(organisations, o => o.Roles.ElectionRoles.Count > 0);
        Assert.Contains(organisations, o => o.Lifecycle.Sdlc.Documented is not null);
        Assert.Contains(organisations, o => o.Lifecycle.Sdlc.Documented is null);
        Assert.Contains(organisations, o => o.NonProliferation.VulnerabilityDisposition is not null);
        Assert.True(organisations.Select(o => o.Metadata.AssessedOn).Distinct().Count() > 10);
    }

    [Fact]
    public void Generate_300Documents_EvaluateToEveryKindOfOutcome()
    {
        var evaluator = new NormsEvaluator([new ParisCallPack()]);

        var report = evaluator.EvaluateAll([.. Corpus.Value.Select(c => c.Document)]);

        var findings = report.Documents.SelectMany(d => d.Findings).ToList();
        Assert.All(report.Documents, d => Assert.True(d.Evaluated, d.File));
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("NE00", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Outcome == Outcome.Failed && f.Severity == Severity.Error);
        Assert.Contains(findings, f => f.Outcome == Outcome.Failed && f.Severity == Severity.Warning);
        Assert.Contains(findings, f => f.Outcome == Outcome.InsufficientData);
        Assert.NotEmpty(report.Documents.SelectMany(d => d.Passed));
        var verdicts = report.Documents.SelectMany(d => d.Principles).Select(p => p.Verdict).ToHashSet();
        Assert.Equal(Enum.GetValues<Verdict>().Where(v => v != Verdict.NotAssessed).ToHashSet(), verdicts); // notAssessed needs a configuration

        // Most rules both fail somewhere and pass somewhere.
        var failed = findings.Where(f => f.Outcome == Outcome.Failed).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var passed = report.Documents.SelectMany(d => d.Passed).Select(p => p.RuleId).ToHashSet(StringComparer.Ordinal);
        Assert.True(failed.Intersect(passed).Count() >= 40, $"only {failed.Intersect(passed).Count()} rules both fail and pass");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public void Generate_ForcedSupplierCount_IsHonouredAndLoadsCleanly(int suppliers)
    {
        var loader = new DocumentLoader();
        for (var i = 0; i < 3; i++)
        {
            var document = loader.Load(DocumentGenerator.Generate(Seed, i, suppliers)).Single();

            Assert.True(document.Findings.Count == 0, string.Join("; ", document.Findings));
            Assert.Equal(suppliers, document.Organisation!.SupplyChain.Suppliers?.Count);
        }
    }

    [Fact]
    public void Generate_SuppliersBeyondTheDefaultLimits_LoadWithRaisedLimits()
    {
        var yaml = DocumentGenerator.Generate(Seed, 0, 12_000);
        var loader = new DocumentLoader(new ReaderLimits { MaxInputBytes = 64L * 1024 * 1024, MaxNodes = 2_000_000 });

        var document = loader.Load(yaml).Single();

        Assert.True(document.Findings.Count == 0, string.Join("; ", document.Findings.Take(3)));
        Assert.Equal(12_000, document.Organisation!.SupplyChain.Suppliers!.Count);
    }

    [Fact]
    public void Generate_MaxSuppliers_WritesThatManySupplierItems()
    {
        var yaml = DocumentGenerator.Generate(Seed, 0, DocumentGenerator.MaxSuppliers);

        Assert.Equal(DocumentGenerator.MaxSuppliers, yaml.Split("\n    - name: ").Length - 1);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(DocumentGenerator.MaxSuppliers + 1)]
    public void Generate_SupplierCountOutOfRange_Throws(int suppliers)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentGenerator.Generate(Seed, 0, suppliers));
    }

    [Theory]
    [InlineData("Kestrel Systems Ltd", true)]
    [InlineData("Sp. z o.o.", true)]
    [InlineData("Écluse Foundation", true)]
    [InlineData("true", false)]
    [InlineData("No", false)]
    [InlineData("12", false)]
    [InlineData("~", false)]
    [InlineData("a: b", false)]
    [InlineData("x #y", false)]
    [InlineData("[list]", false)]
    [InlineData("", false)]

    // The YAML 1.2 core schema, which the loader, the schema and editors use, has no dates: a date-like name is a string.
    [InlineData("2026-10-15", true)]
    public void Field_String_PlainOnlyWhenUnambiguous(string value, bool plain)
    {
        var yaml = Write(value);

        Assert.Equal(plain, yaml.Contains($"\n  name: {value}\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("12")]
    [InlineData("a: \"b\" # c\\d")]
    [InlineData("line\nbreak")]
    [InlineData("2026-10-15")]
    [InlineData(" padded ")]
    public void Field_AnyString_ReadsBackAsTheSameText(string value)
    {
        var document = new DocumentLoader().Load(Write(value)).Single();

        Assert.Empty(document.Findings);
        Assert.Equal(value, document.Name);
    }

    /// <summary>A document whose only field is <c>metadata.name</c>, written through <see cref="DocumentYaml"/>.</summary>
    private static string Write(string name)
    {
        using var writer = new StringWriter();
        var yaml = new DocumentYaml(writer, "test");
        yaml.Field("apiVersion", "norms/v1");
        yaml.Field("kind", "Organisation");
        yaml.Open("metadata");
        yaml.Field("name", name);
        yaml.Close();
        yaml.End();
        return writer.ToString();
    }
}
