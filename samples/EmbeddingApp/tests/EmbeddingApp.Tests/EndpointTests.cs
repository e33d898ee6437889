using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmbeddingApp.Tests;

public sealed class EndpointTests : IClassFixture<WebApplicationFactory<Program>>
{
    private const int FourMiB = 4 * 1024 * 1024;

    private static readonly string[] s_principleIds = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];

    private readonly HttpClient _client;

    public EndpointTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    private static string Hospital => RepositoryFiles.Read("samples", "organisations", "hospital.yaml");

    private static StringContent Yaml(string text, string mediaType = "text/yaml") => new(text, Encoding.UTF8, mediaType);

    private async Task<(HttpResponseMessage Response, JsonElement Json)> PostAsync(HttpContent content)
    {
        var response = await _client.PostAsync(new Uri("/assessments", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return (response, json.RootElement.Clone());
    }

    [Theory]
    [InlineData("text/yaml")]
    [InlineData("application/yaml")]
    [InlineData("text/plain")]
    public async Task PostAssessments_ValidSample_Returns200WithNinePrinciples(string mediaType)
    {
        var (response, json) = await PostAsync(Yaml(Hospital, mediaType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = Assert.Single(json.GetProperty("documents").EnumerateArray());
        Assert.True(document.GetProperty("evaluated").GetBoolean());
        Assert.Equal("Centre Hospitalier Universitaire de Valmorin", document.GetProperty("name").GetString());
        var principles = document.GetProperty("principles").EnumerateArray().ToList();
        Assert.Equal(s_principleIds, principles.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("satisfied", principles[0].GetProperty("verdict").GetString());
        Assert.Contains(document.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "PC0708");
    }

    [Fact]
    public async Task PostAssessments_SuppressedFinding_VerdictUnchangedAndSuppressedCounted()
    {
        var suppressed = Hospital.Replace("endOfLifeSoftwareCount: 2", "endOfLifeSoftwareCount: 2   # norms-ignore PC0708: isolated lab network", StringComparison.Ordinal);
        Assert.NotEqual(Hospital, suppressed);

        var (_, plain) = await PostAsync(Yaml(Hospital));
        var (response, json) = await PostAsync(Yaml(suppressed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        static JsonElement P7(JsonElement report) => report.GetProperty("documents")[0].GetProperty("principles")[6];
        Assert.Equal(P7(plain).GetProperty("verdict").GetString(), P7(json).GetProperty("verdict").GetString());
        Assert.Equal(P7(plain).GetProperty("score").GetDecimal(), P7(json).GetProperty("score").GetDecimal());
        Assert.Equal((0, 1), (P7(plain).GetProperty("suppressed").GetInt32(), P7(json).GetProperty("suppressed").GetInt32()));
    }

    [Fact]
    public async Task PostAssessments_MultipartUpload_Returns200WithNinePrinciples()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Hospital));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        form.Add(file, "file", "hospital.yaml");

        var (response, json) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Assert.Single(json.GetProperty("documents").EnumerateArray());
        Assert.Equal("hospital.yaml", document.GetProperty("path").GetString());
        Assert.Equal(9, document.GetProperty("principles").GetArrayLength());
    }

    [Fact]
    public async Task PostAssessments_MultipartWithoutFileField_Returns400()
    {
        using var form = new MultipartFormDataContent { { new StringContent(Hospital), "document" } };

        var (response, _) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostAssessments_FieldTypo_Returns400WithNe0002AndLocation()
    {
        // "type:" under metadata becomes "typo:"; the finding points at the key.
        var lines = Hospital.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("  type: ", StringComparison.Ordinal));
        Assert.True(index >= 0, "hospital.yaml has no metadata.type line");
        lines[index] = "  typo: " + lines[index]["  type: ".Length..];

        var (response, json) = await PostAsync(Yaml(string.Join('\n', lines)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal("NE0002", finding.GetProperty("ruleId").GetString());
        Assert.Equal(index + 1, finding.GetProperty("line").GetInt32());
        Assert.Equal(3, finding.GetProperty("column").GetInt32());
        Assert.Contains("typo", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("type", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, finding.GetProperty("path").ValueKind);
    }

    [Fact]
    public async Task PostAssessments_FieldTypo_Returns400WithTheFixThatMakesItEvaluable()
    {
        var lines = Hospital.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("  type: ", StringComparison.Ordinal));
        lines[index] = "  tpye: " + lines[index]["  type: ".Length..];
        var mistyped = string.Join('\n', lines);

        var (response, json) = await PostAsync(Yaml(mistyped));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fix = Assert.Single(Assert.Single(json.GetProperty("findings").EnumerateArray()).GetProperty("fixes").EnumerateArray());
        Assert.Equal("Rename 'tpye' to 'type'", fix.GetProperty("title").GetString());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        var (start, end) = (edit.GetProperty("start").GetInt32(), edit.GetProperty("end").GetInt32());
        var repaired = mistyped[..start] + edit.GetProperty("newText").GetString() + mistyped[end..];
        Assert.Equal(Hospital, repaired);
        var (again, _) = await PostAsync(Yaml(repaired));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task GetRoot_Always_OffersToApplyTheFixesOfA400()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"apply-fixes\"", html, StringComparison.Ordinal);
        Assert.Contains("f.fixes", html, StringComparison.Ordinal);
        Assert.Contains("e.newText", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAssessments_InvalidYaml_Returns400WithNe0001()
    {
        var (response, json) = await PostAsync(Yaml("apiVersion: norms/v1\nkind: [Organisation\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "NE0001");
    }

    [Fact]
    public async Task PostAssessments_EmptyBody_Returns400WithNeFinding()
    {
        var (response, json) = await PostAsync(Yaml(string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(0, json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task PostAssessments_FiveMebibyteBody_Returns413()
    {
        var body = Hospital + "\n# " + new string('x', (5 * 1024 * 1024) - Hospital.Length);

        var (response, json) = await PostAsync(Yaml(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(FourMiB, json.GetProperty("limitBytes").GetInt64());
    }

    [Fact]
    public async Task PostAssessments_OversizedBodyWithoutContentLength_Returns413()
    {
        // A body of unknown length has no Content-Length: the limit is enforced while reading.
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(new string('#', FourMiB + 1)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/yaml");
        Assert.Null(content.Headers.ContentLength);

        var (response, _) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostAssessments_OversizedUpload_Returns413()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(new byte[5 * 1024 * 1024]), "file", "big.yaml");

        var (response, _) = await PostAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("image/png")]
    public async Task PostAssessments_WrongContentType_Returns415(string mediaType)
    {
        var (response, _) = await PostAsync(Yaml(Hospital, mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task PostAssessments_NoContentType_Returns415()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Hospital));

        var (response, _) = await PostAsync(content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GetPrinciples_Always_ReturnsNinePrinciples()
    {
        using var response = await _client.GetAsync(new Uri("/principles", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var principles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(s_principleIds, principles.Select(p => p.GetProperty("id").GetString()));
        Assert.All(principles, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task GetRoot_Always_ReturnsSelfContainedHtmlWithForm()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form id=\"assessment-form\"", html, StringComparison.Ordinal);
        Assert.Contains("<textarea", html, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", html, StringComparison.Ordinal);
        Assert.Contains("fetch(\"assessments\"", html, StringComparison.Ordinal);
        // Self-contained: no external scripts, styles, fonts or images.
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/html, application/json;q=0.5")]
    public async Task PostAssessments_AcceptHtml_ReturnsTheHtmlReport(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/assessments", UriKind.Relative)) { Content = Yaml(Hospital) };
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Centre Hospitalier Universitaire de Valmorin", html, StringComparison.Ordinal);
        Assert.Contains("PC0708", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"excerpt\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostAssessments_AcceptPrefersJson_ReturnsJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/assessments", UriKind.Relative)) { Content = Yaml(Hospital) };
        request.Headers.TryAddWithoutValidation("Accept", "text/html;q=0.5, application/json");

        using var response = await _client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetRoot_Always_OffersTheHtmlReport()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("id=\"html-report\"", html, StringComparison.Ordinal);
        Assert.Contains("\"Accept\": \"text/html\"", html, StringComparison.Ordinal);
    }

    /// <summary>Content whose length is not known up front, so it is sent without a Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(bytes, 0, bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
