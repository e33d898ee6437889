using YamlDotNet.Core;

namespace NormsEngine.Documents;

/// <summary>A 1-based position in the text.</summary>
internal readonly record struct TextPoint(int Line, int Column);

/// <summary>
/// A light, immutable-after-build YAML node tree. It is built by <see cref="YamlReader"/> in the same streaming
/// pass that enforces the safety limits, so nothing ever walks an unbounded tree. Aliases point at the anchored
/// node (no copy is made); the reader bounds the expanded size.
/// </summary>
internal abstract class YamlTreeNode(TextPoint start, TextPoint end)
{
    public TextPoint Start { get; } = start;

    public TextPoint End { get; internal set; } = end;
}

internal sealed class YamlScalarNode(TextPoint start, TextPoint end, string value, ScalarStyle style, string? tag)
    : YamlTreeNode(start, end)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    public string? Tag { get; } = tag;

    /// <summary>A plain scalar without an explicit tag: the only kind resolved as bool, number or null.</summary>
    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any && Tag is null;

    /// <summary>YAML 1.2 core schema null: empty, <c>~</c> or <c>null</c>, plain or tagged <c>!!null</c>.</summary>
    public bool IsNull =>
        (IsPlain && Value is "" or "~" or "null" or "Null" or "NULL") || Tag == "tag:yaml.org,2002:null";
}

internal sealed class YamlMappingNode(TextPoint start) : YamlTreeNode(start, start)
{
    public List<KeyValuePair<YamlTreeNode, YamlTreeNode>> Entries { get; } = [];
}

internal sealed class YamlSequenceNode(TextPoint start) : YamlTreeNode(start, start)
{
    public List<YamlTreeNode> Items { get; } = [];
}

/// <summary>One document of a YAML stream as the reader saw it: a root node, or the findings that stopped it.</summary>
internal sealed class RawDocument(int index)
{
    public int Index { get; } = index;

    public YamlTreeNode? Root { get; set; }

    /// <summary>Where the document starts, for findings that concern the whole document.</summary>
    public TextPoint Start { get; set; } = new(1, 1);

    public List<Diagnostics.Finding> Findings { get; } = [];

    /// <summary>How many nodes the document has (aliases expanded): the size the source map will need.</summary>
    public int NodeCount { get; set; }

    /// <summary>True when the YAML could not be read (NE0001 or NE0005): there is no root to bind.</summary>
    public bool IsUnreadable { get; set; }
}
