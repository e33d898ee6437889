namespace EmbeddingApp;

/// <summary>The single HTML page, embedded in the assembly (no files, no external resources).</summary>
internal static class Page
{
    private static readonly Lazy<string> s_html = new(() =>
    {
        using var stream = typeof(Page).Assembly.GetManifestResourceStream("EmbeddingApp.index.html")
            ?? throw new InvalidOperationException("The embedded page EmbeddingApp.index.html is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Html => s_html.Value;
}
