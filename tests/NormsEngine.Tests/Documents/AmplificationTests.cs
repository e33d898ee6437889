using System.Diagnostics;
using System.Text;
using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// What the loader returns stays proportional to its input (issue 11): a flood of <c>---</c> lines stops at
/// <see cref="ReaderLimits.MaxDocuments"/>, and aliases cannot repeat more than <see cref="ReaderLimits.MaxAliasExpansion"/>
/// in one input, each with a located NE0005, quickly and within a memory budget tied to the input's size.
/// </summary>
public sealed class AmplificationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly DocumentLoader _loader = new();

    [Fact]
    public void Load_MillionDocumentMarkers_StopsAtTheDocumentLimitWithinMemory()
    {
        var text = string.Concat(Enumerable.Repeat("---\n", 1_000_000));

        var (documents, allocated, elapsed) = Measure(() => _loader.Load(text, "flood.yaml", CancellationToken.None));

        Assert.Equal(1001, documents.Count);
        Assert.All(documents.Take(1000), d => Assert.Equal("NE0006", Assert.Single(d.Findings).RuleId));
        var limit = Assert.Single(documents[1000].Findings);
        Assert.Equal(("NE0005", "flood.yaml", 1001, 1), (limit.RuleId, limit.Location.File, limit.Location.Line, limit.Location.Column));
        Assert.Contains("more than 1,000 documents", limit.Message, StringComparison.Ordinal);
        Assert.Null(documents[1000].Organisation);

        // The text itself is 8 MB of UTF-16; a million documents took gigabytes. Allow a few times the input.
        Assert.True(allocated < 16L * text.Length, $"Loading allocated {allocated:N0} bytes for {text.Length:N0} characters of input.");
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"Loading took {elapsed.TotalSeconds:0.0} s.");
    }

    [Fact]
    public void Load_LongStringAnchoredOnceReferencedByManySuppliers_StopsAtTheExpansionLimit()
    {
        var text = AnchoredSuppliers(length: 109_000, suppliers: 998);

        var (documents, allocated, _) = Measure(() => _loader.Load(text, null, CancellationToken.None));

        var document = Assert.Single(documents);
        Assert.Null(document.Organisation);
        var finding = Assert.Single(document.Findings);

        // Each reference repeats 109,001 (characters plus the node); the 39th passes 4 MiB. It stands on line 8 + 38.
        Assert.Equal(("NE0005", 46, 13), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("(limit: alias expansion)", finding.Message, StringComparison.Ordinal);
        Assert.True(allocated < 16L * text.Length, $"Loading allocated {allocated:N0} bytes for {text.Length:N0} characters of input.");
    }

    [Fact]
    public void Load_AnchoredStringWithinTheLimit_BindsEveryReference()
    {
        var text = AnchoredSuppliers(length: 100_000, suppliers: 40);

        var document = Assert.Single(_loader.Load(text));

        Assert.Empty(document.Findings);
        var names = document.Organisation!.SupplyChain.Suppliers!.Select(s => s.Name!.Length).ToList();
        Assert.Equal(40, names.Count);

        // What the values hold is bounded by the input plus what aliases may repeat.
        Assert.True(names.Sum() <= text.Length + _loader.Limits.MaxAliasExpansion);
    }

    [Fact]
    public void Load_AliasesAcrossDocuments_ShareOneExpansionBudget()
    {
        var one = Yaml.Document("x-s: &s " + new string('b', 20_000), "x-t: [*s, *s, *s, *s, *s]");
        var text = string.Join("---\n", Enumerable.Repeat(one, 50));

        var documents = _loader.Load(text);

        // Each document's aliases repeat 100,005; 41 documents fit in 4 MiB, the 42nd's fifth alias does not.
        Assert.Equal(50, documents.Count);
        Assert.All(documents.Take(41), d => Assert.Empty(d.Findings));
        Assert.All(documents.Skip(41), d => Assert.Equal("NE0005", Assert.Single(d.Findings).RuleId));
        Assert.Equal(documents[41].StartLine + 6, documents[41].Findings[0].Location.Line);
    }

    [Fact]
    public void Load_CustomDocumentLimit_KeepsEarlierDocumentsWithTheirComments()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxDocuments = 2 });
        var text = Yaml.Lines(
        [
            .. Yaml.Header,
            "---",
            .. Yaml.Header,
            "roles:",
            "  hasCsirt: false  # norms-ignore PC0702: kept",
            "---",
            .. Yaml.Header,
            "---",
            "not: read",
        ]);

        var documents = loader.Load(text, "three.yaml");

        Assert.Equal(3, documents.Count);
        Assert.False(documents[0].HasErrors);
        Assert.False(documents[1].HasErrors);
        Assert.Equal("norms-ignore PC0702: kept", Assert.Single(documents[1].Comments).Text);
        var finding = Assert.Single(documents[2].Findings);
        Assert.Equal(("NE0005", 12, 1), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("more than 2 documents; this one and those after it were not read (limit: documents)", finding.Message, StringComparison.Ordinal);
        Assert.Empty(documents[2].Comments);
    }

    [Fact]
    public void Load_CustomExpansionLimit_ReportsNE0005AtTheAliasThatPassesIt()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxAliasExpansion = 10 });

        var document = Assert.Single(loader.Load(Yaml.Document("x-a: &v abcd", "x-b: [*v, *v, *v]")));

        // Each *v repeats 5 (four characters and the node): 5, 10, then 15 passes 10.
        var finding = Assert.Single(document.Findings);
        Assert.Equal(("NE0005", 6, 15), (finding.RuleId, finding.Location.Line, finding.Location.Column));
        Assert.Contains("more than 10 characters", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZeroExpansionLimit_StillReadsDocumentsWithoutAliases()
    {
        var loader = new DocumentLoader(new ReaderLimits { MaxAliasExpansion = 0 });

        Assert.Empty(Assert.Single(loader.Load(Yaml.Document("x-a: &v abcd"))).Findings);
        Assert.Equal("NE0005", Assert.Single(Assert.Single(loader.Load(Yaml.Document("x-a: &v abcd", "x-b: *v"))).Findings).RuleId);
    }

    /// <summary>A document whose first extension field anchors a long string that many suppliers then name.</summary>
    private static string AnchoredSuppliers(int length, int suppliers)
    {
        var text = new StringBuilder(Yaml.Document("x-s: &s " + new string('s', length), "supplyChain:", "  suppliers:"));
        for (var i = 0; i < suppliers; i++)
        {
            text.Append("    - name: *s\n");
        }

        return text.ToString();
    }

    /// <summary>Runs a load on its own thread (bounded in time) and measures what that thread allocated.</summary>
    private static (T Result, long Allocated, TimeSpan Elapsed) Measure<T>(Func<T> load) =>
        Bounded.Run(
            Timeout,
            _ =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var result = load();
                return (result, GC.GetAllocatedBytesForCurrentThread() - before, clock.Elapsed);
            },
            "Loading");
}
