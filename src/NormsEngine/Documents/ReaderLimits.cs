namespace NormsEngine.Documents;

/// <summary>
/// Safety limits for reading practices documents. They are checked while the YAML is streamed, before any node
/// tree exists, so that hostile input (alias bombs, deep nesting, huge files) ends as an NE0005 finding.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults: 4 MiB of input, nesting depth 64, 1,000 alias references, 100,000 nodes.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest input, in bytes, for one file or stream. Default 4 MiB.</summary>
    public long MaxInputBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences in one document. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most alias references (<c>*name</c>) in one document. Default 1,000.</summary>
    public int MaxAliases { get; init; } = 1000;

    /// <summary>Most nodes in one document, counted with every alias expanded. Default 100,000.</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>Throws when a limit is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxAliases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNodes);
    }
}
