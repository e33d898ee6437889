using Microsoft.Net.Http.Headers;
using NormsEngine.Engine;

namespace EmbeddingApp;

/// <summary>
/// Which report <c>POST /assessments</c> answers with: the JSON report by default, the html report (one self-contained
/// page for people) when the caller's <c>Accept</c> header prefers <c>text/html</c> to <c>application/json</c>.
/// </summary>
internal static class ReportNegotiation
{
    /// <summary>The html report's content type.</summary>
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>Whether the request prefers the html report.</summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var html = Quality(accept, "text/html");
        return html > 0 && html > Quality(accept, "application/json");
    }

    /// <summary>
    /// The evaluation's options for the answer: the html report quotes the YAML lines around each finding and asks for
    /// missing data in the field catalogue's words, so it needs the text and the explanations; JSON needs neither.
    /// </summary>
    public static EvaluationOptions? Options(bool html) =>
        html ? new EvaluationOptions { IncludeSourceText = true, Explain = true } : null;

    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType) =>
        accept.Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
}
