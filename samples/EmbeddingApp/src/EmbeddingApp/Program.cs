using EmbeddingApp;
using Microsoft.AspNetCore.Http.Features;
using NormsEngine.DependencyInjection;
using NormsEngine.Diagnostics;
using NormsEngine.Engine;
using NormsEngine.Reporting;

var builder = WebApplication.CreateBuilder(args);

// One line of DI: the evaluator is a thread-safe singleton whose rules are compiled once.
builder.Services.AddNormsEngine(b => b.AddParisCall());
builder.Services.AddProblemDetails();

// The engine reads at most ReaderLimits.Default.MaxInputBytes (4 MiB) per input; the server refuses larger
// bodies before they reach it. Multipart uploads get a little room for their boundaries and part headers.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = AssessmentInput.MaxRequestBytes);
builder.Services.Configure<FormOptions>(form =>
{
    form.MultipartBodyLengthLimit = AssessmentInput.MaxRequestBytes;
    form.ValueCountLimit = 16;
});

var app = builder.Build();

app.MapGet("/", () => Results.Content(Page.Html, "text/html; charset=utf-8"));

app.MapGet("/principles", (INormsEvaluator evaluator) =>
    Results.Ok(evaluator.Principles.Select(p => new PrincipleInfo(p.Id, p.Title, p.Text))));

app.MapPost("/assessments", async (HttpRequest request, INormsEvaluator evaluator, CancellationToken cancellationToken) =>
{
    var input = await AssessmentInput.ReadAsync(request, cancellationToken);
    if (input.Error is { } error)
    {
        return error;
    }

    var html = ReportNegotiation.PrefersHtml(request);
    var report = await evaluator.EvaluateYamlAsync(input.Yaml!, input.FileName, ReportNegotiation.Options(html), cancellationToken);

    // A document that could not be evaluated (not YAML, unknown field, wrong type, duplicate key, over a limit,
    // wrong kind, missing field, at error severity) has no verdicts worth showing: every one is undetermined. The
    // caller gets the NE findings that stopped it and fixes the document.
    var broken = report.Documents
        .Where(d => !d.Evaluated)
        .SelectMany(d => d.Findings.Where(f => f.Severity == Severity.Error && EngineFindings.IsDocumentError(f.RuleId)).Select(f => (Document: d, Finding: f)))
        .ToList();
    if (report.Documents.Any(d => !d.Evaluated))
    {
        return Results.Problem(
            title: "The document cannot be evaluated",
            detail: "Fix the findings below and submit it again.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["findings"] = broken.Select(x => new DocumentFinding(
                    x.Finding.RuleId, x.Finding.Message, x.Finding.Location.Line, x.Finding.Location.Column,
                    x.Finding.Location.Path, x.Document.Index, x.Finding.Fixes)).ToList(),
            });
    }

    using var writer = new StringWriter();
    ReportFormatters.Create(html ? "html" : "json").Write(report, writer);
    return Results.Content(writer.ToString(), html ? ReportNegotiation.HtmlContentType : "application/json; charset=utf-8");
})
.DisableAntiforgery();

app.Run();

/// <summary>The entry point; public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program
{
}
