using System.Globalization;
using System.Text;
using NormsEngine.Diagnostics;

namespace NormsEngine.Documents;

/// <summary>
/// Reads practices documents safely and exactly: every value typed and located, hostile or broken input turned
/// into NE findings (never an exception), each document of a multi-document file loaded on its own.
/// Thread-safe: one loader can serve many threads.
/// </summary>
/// <remarks>
/// At most <see cref="ReaderLimits.MaxDocuments"/> documents are read from one input; past them, the list ends with
/// one more document whose NE0005 finding says where reading stopped. Texts and streams give the same results for
/// the same UTF-8 bytes.
/// </remarks>
public sealed class DocumentLoader
{
    /// <summary>The comment that suppresses findings in a document: <c># norms-ignore ID: reason</c>.</summary>
    internal const string SuppressionDirective = "norms-ignore";

    /// <summary>The comments fixture tests annotate documents with: <c># expect: ID</c>, <c># expect-not: ID</c>, <c># expect-verdict: P1 satisfied</c>.</summary>
    internal const string ExpectationDirective = "expect";

    /// <summary>Creates a loader with the given limits, or <see cref="ReaderLimits.Default"/>.</summary>
    /// <param name="limits">Safety limits.</param>
    public DocumentLoader(ReaderLimits? limits = null)
    {
        Limits = limits ?? ReaderLimits.Default;
        Limits.Validate();
    }

    /// <summary>The safety limits this loader enforces.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>Loads every document of a YAML text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name to put in locations, or <c>null</c>.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    public IReadOnlyList<PracticesDocument> Load(string text, string? file = null) => Load(text, file, CancellationToken.None);

    /// <summary>Loads every document of a YAML text, checking for cancellation while it reads.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name to put in locations, or <c>null</c>.</param>
    /// <param name="cancellationToken">Checked before reading, every 1,000 YAML events and between documents.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IReadOnlyList<PracticesDocument> Load(string text, string? file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (text.Length > Limits.MaxInputBytes || Encoding.UTF8.GetByteCount(text) > Limits.MaxInputBytes)
        {
            return [TooLarge(file)];
        }

        return LoadText(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, file, cancellationToken);
    }

    /// <summary>
    /// Loads every document of a UTF-8 stream read asynchronously in chunks, reading at most
    /// <see cref="ReaderLimits.MaxInputBytes"/> plus one byte.
    /// </summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="file">The file name to put in locations, or <c>null</c>.</param>
    /// <param name="cancellationToken">Checked between chunks, every 1,000 YAML events and between documents.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<IReadOnlyList<PracticesDocument>> LoadAsync(Stream stream, string? file = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var limit = Limits.MaxInputBytes;
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return [TooLarge(file)];
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return [TooLarge(file)];
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return LoadBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), file, cancellationToken);
    }

    /// <summary>
    /// Loads every document of a text reader read asynchronously in chunks; reading stops, with an NE0005 finding,
    /// once more characters than <see cref="ReaderLimits.MaxInputBytes"/> have arrived.
    /// </summary>
    /// <param name="reader">The reader; it is read, not closed.</param>
    /// <param name="file">The file name to put in locations, or <c>null</c>.</param>
    /// <param name="cancellationToken">Checked between chunks, every 1,000 YAML events and between documents.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<IReadOnlyList<PracticesDocument>> LoadAsync(TextReader reader, string? file = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        cancellationToken.ThrowIfCancellationRequested();
        var text = new StringBuilder();
        var chunk = new char[16384];
        int read;
        while ((read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Every character is at least one UTF-8 byte, so more characters than the limit is over it.
            text.Append(chunk, 0, read);
            if (text.Length > Limits.MaxInputBytes)
            {
                return [TooLarge(file)];
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return Load(text.ToString(), file, cancellationToken);
    }

    /// <summary>Loads every document of a UTF-8 stream, reading at most <see cref="ReaderLimits.MaxInputBytes"/> plus one byte.</summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="file">The file name to put in locations, or <c>null</c>.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    public IReadOnlyList<PracticesDocument> Load(Stream stream, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = BoundedInput.ReadBytes(stream, Limits.MaxInputBytes, out var tooLarge);
        return tooLarge ? [TooLarge(file)] : LoadBytes(bytes, file, CancellationToken.None);
    }

    /// <summary>Loads every document of a file.</summary>
    /// <param name="path">The file's path; locations name it as given.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public IReadOnlyList<PracticesDocument> LoadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Load(stream, path);
    }

    /// <summary>Loads every document of a file read asynchronously.</summary>
    /// <param name="path">The file's path; locations name it as given.</param>
    /// <param name="cancellationToken">Checked between chunks, every 1,000 YAML events and between documents.</param>
    /// <returns>One <see cref="PracticesDocument"/> per document; at least one.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<IReadOnlyList<PracticesDocument>> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<PracticesDocument> LoadBytes(ReadOnlySpan<byte> bytes, string? file, CancellationToken cancellationToken)
    {
        var text = YamlReader.Decode(bytes, file, out var error);
        if (text is null)
        {
            return [Unreadable(file, error!)];
        }

        return LoadText(text, file, cancellationToken);
    }

    private List<PracticesDocument> LoadText(string text, string? file, CancellationToken cancellationToken)
    {
        var reader = new YamlReader(file, Limits, cancellationToken);
        var raw = reader.Read(text);
        if (raw.Count == 0)
        {
            raw.Add(new RawDocument(0));
        }

        var documents = new List<PracticesDocument>(raw.Count);
        foreach (var document in raw)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bound = Binder.Bind(document, file);
            bound.SourceText = text;
            documents.Add(bound);
        }

        // Comment directives (in-document suppressions) are rare: scan for comments only when one is written, and
        // never in a text where a document hit a safety limit. Past the document limit, only the documents read
        // are scanned: they keep their suppressions and expectations.
        var scanned = reader.StoppedAt ?? text.Length;
        var loaded = reader.StoppedAt is null ? documents.Count : documents.Count - 1;
        if ((text.AsSpan(0, scanned).Contains(SuppressionDirective, StringComparison.Ordinal) || text.AsSpan(0, scanned).Contains(ExpectationDirective, StringComparison.Ordinal))
            && !documents.Take(loaded).Any(d => d.Findings.Any(f => f.RuleId == EngineDiagnostics.LimitExceeded.Id)))
        {
            var comments = CommentScanner.Scan(text, scanned, cancellationToken);
            for (var i = 0; i < loaded; i++)
            {
                var first = i == 0 ? 1 : documents[i].StartLine; // comments above the first document belong to it
                var next = i + 1 < loaded ? documents[i + 1].StartLine : int.MaxValue;
                documents[i].Comments = [.. comments.Where(c => c.Line >= first && c.Line < next)];
            }
        }

        return documents;
    }

    private PracticesDocument TooLarge(string? file) => Unreadable(file, new Finding(
        EngineDiagnostics.LimitExceeded,
        string.Create(CultureInfo.InvariantCulture, $"The input is larger than {Limits.MaxInputBytes:N0} bytes; it was not read (limit: input size)."),
        new SourceLocation(file, string.Empty, 1, 1, 1, 2)));

    private static PracticesDocument Unreadable(string? file, Finding finding)
    {
        var raw = new RawDocument(0) { IsUnreadable = true };
        raw.Findings.Add(finding);
        return Binder.Bind(raw, file);
    }
}
