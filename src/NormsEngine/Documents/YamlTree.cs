using NormsEngine.Diagnostics;
using YamlDotNet.Core;

namespace NormsEngine.Documents;

/// <summary>A 1-based position in the text.</summary>
internal readonly record struct TextPoint(int Line, int Column);

/// <summary>
/// A light, immutable-after-build YAML node tree. It is built by <see cref="YamlReader"/> in the same streaming
/// pass that enforces the safety limits, so nothing ever walks an unbounded tree. Aliases point at the anchored
/// node (no copy is made); the reader bounds the expanded size.
/// </summary>
internal abstract class YamlTreeNode(TextPoint start, TextPoint end, string? tag)
{
    /// <summary>The prefix of the YAML core tags, which <c>!!</c> stands for: <c>!!int</c> is <c>tag:yaml.org,2002:int</c>.</summary>
    public const string CoreTagPrefix = "tag:yaml.org,2002:";

    public TextPoint Start { get; } = start;

    /// <summary>The node's explicit tag, resolved (<c>tag:yaml.org,2002:int</c>, <c>!local</c>); <c>null</c> when it has none.</summary>
    public string? Tag { get; } = tag;

    public TextPoint End { get; internal set; } = end;

    /// <summary>
    /// A value as messages quote it: at most 60 characters, and line breaks, tabs and other control characters
    /// shown as escapes (<c>\n</c>), so that <c>"FRA\n"</c> reads as what it is and a value cannot break a message's line.
    /// </summary>
    public static string Shorten(string value) => MessageText.Quote(value);
}

internal sealed class YamlScalarNode(TextPoint start, TextPoint end, string value, ScalarStyle style, string? tag)
    : YamlTreeNode(start, end, tag)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>A plain scalar without an explicit tag: the only kind resolved as bool, number or null.</summary>
    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any && Tag is null;

    /// <summary>
    /// YAML 1.2 core schema null: empty, <c>~</c> or <c>null</c>, plain or tagged <c>!!null</c> (a <c>!!null</c>
    /// with other text is not null but a value that does not fit its tag).
    /// </summary>
    public bool IsNull =>
        (IsPlain || Tag == CoreTagPrefix + "null") && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class YamlMappingNode(TextPoint start, string? tag = null) : YamlTreeNode(start, start, tag)
{
    public List<KeyValuePair<YamlTreeNode, YamlTreeNode>> Entries { get; } = [];
}

internal sealed class YamlSequenceNode(TextPoint start, string? tag = null) : YamlTreeNode(start, start, tag)
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

    /// <summary>The text the document was read from, to compute fixes as exact edits; <c>null</c> when not kept.</summary>
    public SourceText? Source { get; init; }

    /// <summary>How many nodes the document has (aliases expanded): the size the source map will need.</summary>
    public int NodeCount { get; set; }

    /// <summary>True when the YAML could not be read (NE0001 or NE0005): there is no root to bind.</summary>
    public bool IsUnreadable { get; set; }
}
