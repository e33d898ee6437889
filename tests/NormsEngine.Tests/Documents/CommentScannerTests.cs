using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

/// <summary>
/// The comment scan (for <c># norms-ignore</c> and <c># expect</c>) always ends: YamlDotNet's scanner repeats its
/// error token forever after a syntax error, which used to make loading any broken document that mentions a
/// directive spin (issue 11).
/// </summary>
public sealed class CommentScannerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly DocumentLoader _loader = new();

    [Theory]
    [InlineData("metadata:\n  name x\n  type: ngo  # norms-ignore PC0702: reason\n", 3)]
    [InlineData("apiVersion norms/v1\nmetadata:\n  name x\n  type: ngo  # norms-ignore PC0702: reason\n", 4)]
    [InlineData("1\ns: expect", 2)]
    [InlineData("# expect: NE0001\nkind: [\n", 3)]
    public void Load_SyntaxErrorAndDirectiveWord_EndsWithLocatedNE0001(string text, int line)
    {
        var documents = Bounded.Run(Timeout, token => _loader.Load(text, "broken.yaml", token), "Loading a broken document that mentions a directive");

        var finding = Assert.Single(Assert.Single(documents).Findings);
        Assert.Equal(("NE0001", "broken.yaml"), (finding.RuleId, finding.Location.File));
        Assert.InRange(finding.Location.Line, 1, line);
    }

    [Fact]
    public void Load_SyntaxErrorAfterComments_KeepsTheCommentsBeforeTheError()
    {
        var text = Yaml.Lines("# expect: NE0001", "apiVersion: norms/v1  # norms-ignore PC0101: before", "metadata:", "  name x", "  type: ngo  # norms-ignore PC0702: after");

        var document = Bounded.Run(Timeout, token => Assert.Single(_loader.Load(text, null, token)), "Loading");

        Assert.Equal(
            [(1, "expect: NE0001", false), (2, "norms-ignore PC0101: before", true)],
            document.Comments.Select(c => (c.Line, c.Text, c.IsInline)));
    }

    [Fact]
    public void Load_BrokenDocumentThenValidOne_ScansTheValidDocumentsComments()
    {
        var text = Yaml.Lines(
        [
            "metadata:",
            "  name x # norms-ignore PC0101: lost in the broken document",
            "  type: ngo",
            "---",
            .. Yaml.Header,
            "roles:",
            "  hasCsirt: false  # norms-ignore PC0702: kept",
        ]);

        var documents = Bounded.Run(Timeout, token => _loader.Load(text, null, token), "Loading");

        Assert.Equal(2, documents.Count);
        Assert.Equal("NE0001", Assert.Single(documents[0].Findings).RuleId);
        var comment = Assert.Single(documents[1].Comments);
        Assert.Equal((10, "norms-ignore PC0702: kept"), (comment.Line, comment.Text));
    }

    [Fact]
    public void Scan_ThousandBrokenDocuments_FindsEachCommentBeforeItsErrorQuickly()
    {
        var text = string.Concat(Enumerable.Range(1, 1000).Select(i => $"# expect: {i}\nx\ns: expect\n---\n"));

        var comments = Bounded.Run(Timeout, token => CommentScanner.Scan(text, text.Length, token), "Scanning 1,000 broken documents");

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => ((4 * i) - 3, $"expect: {i}")), comments.Select(c => (c.Line, c.Text)));
    }

    [Fact]
    public void Scan_LengthBeforeTheEnd_IgnoresCommentsAfterIt()
    {
        var text = "a: 1 # one\n---\nb: 2 # two\n";

        var comments = CommentScanner.Scan(text, text.IndexOf("---", StringComparison.Ordinal));

        Assert.Equal(["one"], comments.Select(c => c.Text));
    }

    [Fact]
    public void Scan_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = "1\ns: expect # a\n";

        Assert.Throws<OperationCanceledException>(() => CommentScanner.Scan(text, text.Length, cancelled.Token));
    }
}
