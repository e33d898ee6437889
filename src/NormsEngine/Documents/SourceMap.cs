using NormsEngine.Diagnostics;

namespace NormsEngine.Documents;

/// <summary>
/// Maps every YAML path of a document (<c>supplyChain.suppliers[1].incidentNoticeHours</c>), sections and list
/// items included, to where it stands in the file, so that findings point at a value or, when the value is
/// missing, at the nearest section that is declared.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, Entry> _entries;

    internal SourceMap(string? file, TextPoint documentStart, int capacity = 0)
    {
        // Sized from the document's node count up front: growing the dictionary was a tenth of binding.
        _entries = new Dictionary<string, Entry>(Math.Clamp(capacity + 1, 1, 1 << 20), StringComparer.Ordinal);
        File = file;
        _entries[string.Empty] = new Entry(null, documentStart, documentStart, IsScalar: false);
    }

    /// <summary>The file the document came from, or <c>null</c>.</summary>
    public string? File { get; }

    /// <summary>Every path the document declares, the root (empty path) included.</summary>
    public IEnumerable<string> Paths => _entries.Keys;

    /// <summary>Whether the document declares <paramref name="path"/> (with any value, <c>null</c> included).</summary>
    /// <param name="path">A YAML path.</param>
    /// <returns><c>true</c> when declared.</returns>
    public bool Contains(string path) => _entries.ContainsKey(path);

    /// <summary>
    /// Where <paramref name="path"/> stands: the value's span for a scalar, the key for a section or list, the
    /// item's start for a list item. Returns <c>null</c> when the path is not declared.
    /// </summary>
    /// <param name="path">A YAML path.</param>
    /// <returns>The location, or <c>null</c>.</returns>
    public SourceLocation? Find(string path)
    {
        if (!_entries.TryGetValue(path, out var entry))
        {
            return null;
        }

        if (entry.IsScalar || entry.KeyStart is null)
        {
            return new SourceLocation(File, path, entry.Start.Line, entry.Start.Column, entry.End.Line, entry.End.Column);
        }

        var key = entry.KeyStart.Value;
        var keyEnd = entry.KeyEnd!.Value;
        return new SourceLocation(File, path, key.Line, key.Column, keyEnd.Line, keyEnd.Column);
    }

    /// <summary>
    /// Where <paramref name="path"/> stands or, when it is not declared, its nearest declared parent
    /// (ultimately the document root). The returned location's <see cref="SourceLocation.Path"/> says which.
    /// </summary>
    /// <param name="path">A YAML path.</param>
    /// <returns>The location of the path or of its nearest declared parent.</returns>
    public SourceLocation FindNearest(string path)
    {
        var current = path;
        while (true)
        {
            if (Find(current) is { } found)
            {
                return found;
            }

            current = Parent(current);
        }
    }

    /// <summary>The parent of a YAML path: <c>a.b[2].c</c> → <c>a.b[2]</c> → <c>a.b</c> → <c>a</c> → empty.</summary>
    internal static string Parent(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        if (path[^1] == ']')
        {
            return path[..path.LastIndexOf('[')];
        }

        var dot = path.LastIndexOf('.');
        var bracket = path.LastIndexOf(']');
        return dot > bracket ? path[..dot] : (bracket >= 0 ? path[..(bracket + 1)] : string.Empty);
    }

    /// <summary>The shallowest declared path whose key (or, for list items, value) starts on <paramref name="line"/>.</summary>
    internal string? OutermostPathOnLine(int line)
    {
        string? best = null;
        var bestDepth = int.MaxValue;
        foreach (var (path, entry) in _entries)
        {
            var start = entry.KeyStart ?? entry.Start;
            if (path.Length == 0 || start.Line != line)
            {
                continue;
            }

            var depth = path.Count(c => c is '.' or '[');
            if (depth < bestDepth || (depth == bestDepth && string.CompareOrdinal(path, best) < 0))
            {
                best = path;
                bestDepth = depth;
            }
        }

        return best;
    }

    /// <summary>Where the key of <paramref name="path"/> stands, start and end; <c>null</c> for a list item, the root or an undeclared path.</summary>
    internal (TextPoint Start, TextPoint End)? Key(string path) =>
        _entries.TryGetValue(path, out var entry) && entry.KeyStart is { } start && entry.KeyEnd is { } end ? (start, end) : null;

    internal void Add(string path, YamlTreeNode? key, YamlTreeNode value) =>
        _entries.TryAdd(path, new Entry(key?.Start, value.Start, value.End, value is YamlScalarNode, key?.End));

    private readonly record struct Entry(TextPoint? KeyStart, TextPoint Start, TextPoint End, bool IsScalar, TextPoint? KeyEnd = null);
}
