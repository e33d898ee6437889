namespace NormsEngine.Documents;

/// <summary>
/// Safety limits for reading practices documents. They are checked while the YAML is streamed, before any node
/// tree exists, so that hostile input (alias bombs, deep nesting, huge files, floods of documents) ends as an
/// NE0005 finding and what is loaded stays proportional to the input.
/// </summary>
public sealed record ReaderLimits
{
    private readonly long? _maxAliasExpansion;

    /// <summary>
    /// The defaults: 4 MiB of input, nesting depth 64, 1,000 alias references, 100,000 nodes, 1,000 documents per
    /// input, and aliases repeating at most as much as the input may hold (4 MiB).
    /// </summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest input, in bytes, for one file or stream. Default 4 MiB.</summary>
    public long MaxInputBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences in one document. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most alias references (<c>*name</c>) in one document. Default 1,000.</summary>
    public int MaxAliases { get; init; } = 1000;

    /// <summary>Most nodes in one document, counted with every alias expanded. Default 100,000.</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>
    /// Most documents (separated by <c>---</c>) read from one input. Default 1,000: far more than a batch file of
    /// organisations needs, while a flood of empty documents (four bytes each, one finding and one report entry
    /// each) cannot multiply the output. The documents before the limit keep their results; an NE0005 finding
    /// marks where reading stopped.
    /// </summary>
    public int MaxDocuments { get; init; } = 1000;

    /// <summary>
    /// Most that alias references may repeat in one input, summed over all its documents: each alias counts the
    /// characters of every scalar in the node it repeats plus one for each node. Default: the same as
    /// <see cref="MaxInputBytes"/> (4 MiB unless changed), so that aliases can at most double what an input may
    /// hold: a document without aliases never reaches this limit, and one long anchored string referenced a
    /// thousand times cannot turn kilobytes of YAML into hundreds of megabytes of values and reports.
    /// </summary>
    public long MaxAliasExpansion
    {
        get => _maxAliasExpansion ?? MaxInputBytes;
        init => _maxAliasExpansion = value;
    }

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative, or zero where at least one is needed.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxAliases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNodes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDocuments);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxAliasExpansion);
    }
}
