using System.Globalization;
using NormsEngine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NormsEngine.Documents;

/// <summary>The tree builder of <see cref="YamlReader"/>: one document's events to a tree, within the limits.</summary>
internal sealed partial class YamlReader
{
    /// <summary>Builds one document's tree from parser events, enforcing the limits as it goes (no recursion).</summary>
    private sealed class TreeBuilder(YamlReader reader, RawDocument document, int lineOffset, string text, int[] lineStarts)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, (YamlTreeNode Node, long Size, long Weight)> _anchors = new(StringComparer.Ordinal);
        private long _expandedNodes;

        /// <summary>The nodes plus scalar characters read so far, aliases expanded: what an alias to a node repeats.</summary>
        private long _expandedWeight;

        /// <summary>The nodes read so far, aliases expanded (bounded by the reader's node limit).</summary>
        public int NodeCount => (int)Math.Min(_expandedNodes, int.MaxValue);
        private int _aliases;

        public YamlTreeNode? Root { get; private set; }

        public void Accept(ParsingEvent e)
        {
            switch (e)
            {
                case Scalar scalar:
                    var node = new YamlScalarNode(
                        Point(scalar.Start, lineOffset),
                        Point(scalar.End, lineOffset),
                        scalar.Value,
                        scalar.Style,
                        ScalarTag(scalar.Tag));
                    // An empty scalar (often just an anchor or tag) can end on a later line; it has no lines to check.
                    if (scalar.Style is not (ScalarStyle.Literal or ScalarStyle.Folded) && scalar.Value.Length > 0 && node.End.Line > node.Start.Line)
                    {
                        CheckFlowIndentation(node.Start, node.End, skipComments: false);
                    }

                    if (!document.IsUnreadable && Count(1, scalar.Start))
                    {
                        _expandedWeight += 1 + scalar.Value.Length;
                        Add(node, 1, 1 + scalar.Value.Length, scalar.Anchor);
                    }

                    break;
                case MappingStart mapping:
                    Open(new YamlMappingNode(Point(mapping.Start, lineOffset), CollectionTag(mapping.Tag)), mapping.Anchor, mapping.Start, mapping.Style == MappingStyle.Flow, mapping.End);
                    break;
                case SequenceStart sequence:
                    Open(new YamlSequenceNode(Point(sequence.Start, lineOffset), CollectionTag(sequence.Tag)), sequence.Anchor, sequence.Start, sequence.Style == SequenceStyle.Flow, sequence.End);
                    break;
                case MappingEnd or SequenceEnd:
                    if (_stack.Count == 0)
                    {
                        break;
                    }

                    var frame = _stack.Pop();
                    frame.Node.End = Point(e.End, lineOffset);
                    if (frame.IsFlow && frame.Node.End.Line > frame.Node.Start.Line)
                    {
                        CheckFlowIndentation(frame.Node.Start, frame.Node.End, skipComments: true);
                    }

                    Add(frame.Node, _expandedNodes - frame.ExpandedAtStart, _expandedWeight - frame.WeightAtStart, frame.Anchor);
                    break;
                case AnchorAlias alias:
                    AddAlias(alias);
                    break;
            }
        }

        private void Open(YamlTreeNode node, AnchorName anchor, Mark at, bool isFlow, Mark indicator)
        {
            if (document.IsUnreadable)
            {
                return;
            }

            if (_stack.Count + 1 > reader._limitsDepth)
            {
                Stop(at, string.Create(CultureInfo.InvariantCulture, $"The document nests deeper than {reader._limitsDepth} levels; reading stopped here (limit: nesting depth)."));
                return;
            }

            if (!isFlow && TabBefore(Point(indicator, lineOffset)) is { } tab)
            {
                // YamlDotNet accepts "-\t- a" and "?\tkey:"; YAML indents block collections with spaces only.
                Stop(tab, "YAML does not allow tabs for indentation; indent with spaces. (Invalid YAML: a tab separates this block collection from its indicator.)", EngineDiagnostics.InvalidYaml);
                return;
            }

            if (!Count(1, at))
            {
                return;
            }

            _expandedWeight++;
            _stack.Push(new Frame(node, anchor, _expandedNodes - 1, _expandedWeight - 1, isFlow, Point(indicator, lineOffset).Column));
        }

        /// <summary>The position of a tab on the indicator's line before the indicator, if any.</summary>
        private TextPoint? TabBefore(TextPoint indicator)
        {
            var content = LineText(text, lineStarts, indicator.Line);
            var tab = content.IndexOf('\t', StringComparison.Ordinal);
            return tab >= 0 && tab < indicator.Column - 1 ? new TextPoint(indicator.Line, tab + 1) : null;
        }

        /// <summary>
        /// Flow collections and multi-line scalars inside a block collection continue on lines indented more than
        /// that block collection (tabs do not count). YamlDotNet does not check this, so it is checked here, once,
        /// for the outermost flow node in block context.
        /// </summary>
        private void CheckFlowIndentation(TextPoint start, TextPoint end, bool skipComments)
        {
            if (document.IsUnreadable || !_stack.TryPeek(out var parent) || parent.IsFlow)
            {
                return;
            }

            var required = parent.Column;
            for (var line = start.Line + 1; line <= end.Line; line++)
            {
                var content = LineText(text, lineStarts, line);
                var spaces = content.Length - content.TrimStart(' ').Length;
                var rest = content.AsSpan(spaces).TrimStart('\t');
                if (spaces >= required || rest.IsEmpty || rest.IsWhiteSpace() || (skipComments && rest[0] == '#'))
                {
                    continue;
                }

                var tabbed = content.Length > spaces && content[spaces] == '\t';
                Stop(
                    new TextPoint(line, spaces + 1),
                    (tabbed ? "YAML does not allow tabs for indentation; indent with spaces. (" : string.Empty) +
                    string.Create(CultureInfo.InvariantCulture, $"Invalid YAML: this line continues a flow value and must be indented by at least {required} space{(required == 1 ? string.Empty : "s")}") +
                    (tabbed ? ".)" : "."),
                    EngineDiagnostics.InvalidYaml);
                return;
            }
        }

        private void AddAlias(AnchorAlias alias)
        {
            if (++_aliases > reader._limitsAliases)
            {
                Stop(alias.Start, string.Create(CultureInfo.InvariantCulture, $"The document uses more than {reader._limitsAliases:N0} alias references; reading stopped here (limit: alias references)."));
                return;
            }

            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                Stop(alias.Start, $"Invalid YAML: the alias *{alias.Value.Value} refers to no anchor defined before it.", EngineDiagnostics.InvalidYaml);
                return;
            }

            // The budget is the input's, not the document's: a thousand documents each just under a per-document
            // budget would multiply it again.
            reader._aliasExpansion += target.Weight;
            if (reader._aliasExpansion > reader._limitsAliasExpansion)
            {
                Stop(alias.Start, string.Create(
                    CultureInfo.InvariantCulture,
                    $"The aliases of this input repeat more than {reader._limitsAliasExpansion:N0} characters of values (each node counting one); reading stopped here (limit: alias expansion)."));
                return;
            }

            if (Count(target.Size, alias.Start))
            {
                _expandedWeight += target.Weight;
                Add(target.Node, target.Size, target.Weight, AnchorName.Empty);
            }
        }

        /// <summary>Adds <paramref name="size"/> expanded nodes to the count; false (and the document stopped) past the limit.</summary>
        private bool Count(long size, Mark at)
        {
            _expandedNodes += size;
            if (_expandedNodes > reader._limitsNodes)
            {
                Stop(at, string.Create(CultureInfo.InvariantCulture, $"The document has more than {reader._limitsNodes:N0} nodes (aliases expanded); reading stopped here (limit: nodes)."));
                return false;
            }

            return true;
        }

        private void Add(YamlTreeNode node, long size, long weight, AnchorName anchor)
        {
            if (document.IsUnreadable)
            {
                return;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, size, weight);
            }

            if (_stack.Count == 0)
            {
                Root = node;
                return;
            }

            var parent = _stack.Peek();
            switch (parent.Node)
            {
                case YamlSequenceNode sequence:
                    sequence.Items.Add(node);
                    break;
                case YamlMappingNode mapping when parent.PendingKey is null:
                    parent.PendingKey = node;
                    break;
                case YamlMappingNode mapping:
                    var key = parent.PendingKey;
                    parent.PendingKey = null;
                    if (key is YamlScalarNode scalarKey)
                    {
                        parent.Keys ??= new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);
                        if (!parent.Keys.TryAdd(scalarKey.Value, scalarKey))
                        {
                            var first = parent.Keys[scalarKey.Value];
                            document.Findings.Add(new Finding(
                                EngineDiagnostics.DuplicateKey,
                                string.Create(CultureInfo.InvariantCulture, $"The key '{Shorten(scalarKey.Value)}' appears twice in this mapping; it is first defined at line {first.Start.Line}, column {first.Start.Column}. The first value is used."),
                                new SourceLocation(reader._file, PathOf(scalarKey.Value), scalarKey.Start.Line, scalarKey.Start.Column, scalarKey.End.Line, scalarKey.End.Column)));
                            return;
                        }
                    }

                    mapping.Entries.Add(new KeyValuePair<YamlTreeNode, YamlTreeNode>(key, node));
                    break;
            }
        }

        private void Stop(Mark at, string message, RuleDescriptor? descriptor = null) =>
            Stop(Point(at, lineOffset), message, descriptor);

        private void Stop(TextPoint point, string message, RuleDescriptor? descriptor = null)
        {
            if (document.IsUnreadable)
            {
                return;
            }

            document.IsUnreadable = true;
            document.Root = null;
            document.Findings.Add(new Finding(
                descriptor ?? EngineDiagnostics.LimitExceeded,
                message,
                new SourceLocation(reader._file, string.Empty, point.Line, point.Column, point.Line, point.Column + 1)));
            _stack.Clear();
        }

        /// <summary>The YAML path of <paramref name="key"/> in the innermost open mapping (<c>hygiene.mfa.adminPct</c>).</summary>
        private string PathOf(string key)
        {
            var path = new System.Text.StringBuilder();
            var frames = _stack.ToArray();
            for (var i = frames.Length - 1; i >= 1; i--)
            {
                // Frames below the top hold the open child either at their pending key or at their next index.
                switch (frames[i].Node)
                {
                    case YamlSequenceNode sequence:
                        path.Append('[').Append(sequence.Items.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
                        break;
                    default:
                        AppendName(path, frames[i].PendingKey is YamlScalarNode name ? name.Value : "?");
                        break;
                }
            }

            AppendName(path, key);
            return path.ToString();
        }

        private static void AppendName(System.Text.StringBuilder path, string name)
        {
            if (path.Length > 0)
            {
                path.Append('.');
            }

            path.Append(name);
        }

        private static string Shorten(string value) => YamlTreeNode.Shorten(value);

        /// <summary>
        /// A scalar's tag as the binder reads it: <c>null</c> when it has none; the non-specific <c>!</c> means a
        /// string (YAML 1.2, 3.3.2: it is never resolved as a number or a boolean).
        /// </summary>
        private static string? ScalarTag(TagName tag) =>
            tag.IsEmpty ? null : tag.IsNonSpecific ? YamlTreeNode.CoreTagPrefix + "str" : tag.Value;

        /// <summary>A collection's tag: <c>null</c> when it has none or only the non-specific <c>!</c> (a plain mapping or sequence).</summary>
        private static string? CollectionTag(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private sealed class Frame(YamlTreeNode node, AnchorName anchor, long expandedAtStart, long weightAtStart, bool isFlow, int column)
        {
            /// <summary>Whether this is a flow collection (<c>[...]</c>, <c>{...}</c>).</summary>
            public bool IsFlow { get; } = isFlow;

            /// <summary>For a block collection, the 1-based column of its indicator (<c>-</c> or first key): its indentation + 1.</summary>
            public int Column { get; } = column;

            public YamlTreeNode Node { get; } = node;

            public AnchorName Anchor { get; } = anchor;

            public long ExpandedAtStart { get; } = expandedAtStart;

            public long WeightAtStart { get; } = weightAtStart;

            public YamlTreeNode? PendingKey { get; set; }

            public Dictionary<string, YamlScalarNode>? Keys { get; set; }
        }
    }
}
