using NormsEngine.Cli.Generation;
using NormsEngine.Diagnostics;
using NormsEngine.Documents;
using NormsEngine.Engine;
using NormsEngine.Model;
using NormsEngine.ParisCall;

namespace NormsEngine.Cli.Tests.Generation;

/// <summary>The <c>norms generate</c> generator: deterministic, always loadable, and varied enough to exercise every kind of outcome.</summary>
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
        var before = Thread.CurrentThread.CurrentCulture;
        var expected = Enumerable.Range(0, 30).Select(i => DocumentGenerator.Generate(Seed, i)).ToList();
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");

            Assert.Equal(expected, Enumerable.Range(0, 30).Select(i => DocumentGenerator.Generate(Seed, i)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
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
    [InlineData("a: b", false)]
    [InlineData("x #y", false)]
    [InlineData("[list]", false)]
    [InlineData("2026-10-15", false)]
    [InlineData("", false)]
    public void IsPlain_String_OnlyWhenUnambiguous(string value, bool plain)
    {
        Assert.Equal(plain, Yaml.IsPlain(value));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("a: \"b\" # c\\d")]
    [InlineData("line\nbreak")]
    [InlineData("2026-10-15")]
    public void WriteString_AnyString_ReadsBackAsTheSameText(string value)
    {
        using var writer = new StringWriter();
        writer.Write("apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: ");
        Yaml.WriteString(writer, value);
        writer.Write('\n');

        var document = new DocumentLoader().Load(writer.ToString()).Single();

        Assert.Empty(document.Findings);
        Assert.Equal(value, document.Name);
    }
}
