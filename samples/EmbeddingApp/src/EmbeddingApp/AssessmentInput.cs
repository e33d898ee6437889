using System.Text;
using Microsoft.AspNetCore.Http.Features;
using NormsEngine.Documents;

namespace EmbeddingApp;

/// <summary>Reads the practices YAML from a request body or a multipart upload, within the size limit.</summary>
internal sealed class AssessmentInput
{
    /// <summary>The largest document, in bytes: the engine's own input limit.</summary>
    public static readonly long MaxDocumentBytes = ReaderLimits.Default.MaxInputBytes;

    /// <summary>The largest request body: the document plus room for multipart boundaries and headers.</summary>
    public static readonly long MaxRequestBytes = MaxDocumentBytes + (64 * 1024);

    private static readonly string[] s_textTypes = ["text/yaml", "application/yaml", "text/x-yaml", "application/x-yaml", "text/plain"];

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private AssessmentInput(string? yaml, string? fileName, IResult? error)
    {
        Yaml = yaml;
        FileName = fileName;
        Error = error;
    }

    public string? Yaml { get; }

    public string? FileName { get; }

    public IResult? Error { get; }

    public static async Task<AssessmentInput> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = MediaType(request.ContentType);
        var multipart = mediaType == "multipart/form-data";
        if (!multipart && !s_textTypes.Contains(mediaType))
        {
            return Fail(Results.Problem(
                title: "Unsupported content type",
                detail: $"Send the YAML as {string.Join(", ", s_textTypes)}, or as multipart/form-data with a 'file' field.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > (multipart ? MaxRequestBytes : MaxDocumentBytes))
        {
            return TooLarge();
        }

        // The server also holds the body to MaxRequestBytes; set it here too in case a host configured more.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = MaxRequestBytes;
        }

        try
        {
            byte[]? bytes;
            string? fileName = null;
            if (multipart)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                var file = form.Files.GetFile("file");
                if (file is null)
                {
                    return Fail(Results.Problem(
                        title: "No document",
                        detail: "The form has no 'file' field.",
                        statusCode: StatusCodes.Status400BadRequest));
                }

                if (file.Length > MaxDocumentBytes)
                {
                    return TooLarge();
                }

                fileName = Path.GetFileName(file.FileName);
                await using var stream = file.OpenReadStream();
                bytes = await ReadAtMostAsync(stream, MaxDocumentBytes, cancellationToken);
            }
            else
            {
                bytes = await ReadAtMostAsync(request.Body, MaxDocumentBytes, cancellationToken);
            }

            if (bytes is null)
            {
                return TooLarge();
            }

            return new AssessmentInput(Decode(bytes), string.IsNullOrEmpty(fileName) ? null : fileName, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException)
        {
            // The form reader's own limits (multipart body length, part headers) were exceeded.
            return TooLarge();
        }
        catch (DecoderFallbackException)
        {
            return Fail(Results.Problem(
                title: "The document is not UTF-8 text",
                detail: "Practices documents are YAML, which must be encoded as UTF-8.",
                statusCode: StatusCodes.Status400BadRequest));
        }
    }

    private static string? MediaType(string? contentType) =>
        contentType is not null && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed.MediaType.Value?.ToLowerInvariant()
            : null;

    /// <summary>Reads a stream to its end, or returns <c>null</c> as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes)
    {
        var preamble = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return s_strictUtf8.GetString(bytes, preamble, bytes.Length - preamble);
    }

    private static AssessmentInput TooLarge() => Fail(Results.Problem(
        title: "The document is too large",
        detail: $"A document may be at most {MaxDocumentBytes} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        extensions: new Dictionary<string, object?> { ["limitBytes"] = MaxDocumentBytes }));

    private static AssessmentInput Fail(IResult error) => new(null, null, error);
}
