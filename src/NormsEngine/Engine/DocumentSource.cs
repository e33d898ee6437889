using NormsEngine.Diagnostics;
using NormsEngine.Documents;

namespace NormsEngine.Engine;

/// <summary>
/// One input of a run: a file, a stream of bytes or a YAML text, with the name reports give it. An input may hold
/// several documents (separated by <c>---</c>). Read only when its turn comes, on a worker thread.
/// </summary>
public sealed class DocumentSource
{
    private readonly Func<DocumentLoader, CancellationToken, IReadOnlyList<PracticesDocument>> _load;

    private DocumentSource(string name, string? path, Func<DocumentLoader, CancellationToken, IReadOnlyList<PracticesDocument>> load)
    {
        Name = name;
        Path = path;
        _load = load;
    }

    /// <summary>The input's name in reports, fingerprints and baselines.</summary>
    public string Name { get; }

    /// <summary>The file on disk, or <c>null</c> for a stream or a text.</summary>
    public string? Path { get; }

    /// <summary>A file, read as strict UTF-8 within the reader's size limit.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="name">Its name in reports (for example a path relative to the current folder, with forward slashes); default: <paramref name="path"/>.</param>
    /// <returns>The input.</returns>
    public static DocumentSource FromFile(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DocumentSource(name ?? path, path, (loader, _) =>
        {
            // Load reads in large chunks: no buffer of the stream's own.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return loader.Load(stream, name ?? path);
        });
    }

    /// <summary>A stream of bytes (standard input, an upload), read once as strict UTF-8 within the reader's size limit.</summary>
    /// <param name="open">Opens the stream when the input's turn comes; the stream is disposed after reading.</param>
    /// <param name="name">Its name in reports.</param>
    /// <returns>The input.</returns>
    public static DocumentSource FromStream(Func<Stream> open, string name)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new DocumentSource(name, null, (loader, _) =>
        {
            using var stream = open();
            return loader.Load(stream, name);
        });
    }

    /// <summary>A YAML text (never a path: see <see cref="FromFile"/>).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="name">Its name in reports, or <c>null</c>.</param>
    /// <returns>The input.</returns>
    public static DocumentSource FromYaml(string yaml, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return new DocumentSource(name ?? "<input>", null, (loader, cancellationToken) => loader.Load(yaml, name, cancellationToken));
    }

    /// <summary>Reads and binds the input's documents.</summary>
    /// <exception cref="IOException">The input cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The input may not be read.</exception>
    internal IReadOnlyList<PracticesDocument> Load(DocumentLoader loader, CancellationToken cancellationToken) => _load(loader, cancellationToken);

    /// <summary>
    /// When the input is a file or folder that does not exist, what is missing in the words its name suggests (the
    /// system's reason would call a missing folder a file, with the machine's full path): <c>the folder 'x/' does not
    /// exist</c>, <c>the file 'x.yaml' does not exist</c> or <c>no file or folder named 'x'</c>; otherwise <c>null</c>.
    /// </summary>
    /// <returns>The description, one line, or <c>null</c>.</returns>
    public string? DescribeMissing()
    {
        if (Path is not { } path || File.Exists(path) || Directory.Exists(path))
        {
            return null;
        }

        var name = MessageText.Line(Name);
        return Name.EndsWith('/') || path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? $"the folder '{name}' does not exist"
            : Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? $"the file '{name}' does not exist"
            : $"no file or folder named '{name}'";
    }

    /// <summary>Why the input cannot be read, as a sentence for people (<see cref="InputReport.Problem"/>) and as the reason NE0008 gives.</summary>
    internal (string Problem, string Reason) Describe(Exception error) =>
        DescribeMissing() is { } missing
            ? (missing + ".", missing + ".")
            : ($"cannot read '{MessageText.Line(Name)}': {MessageText.Line(error.Message)}", MessageText.Line(error.Message));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
