using NormsEngine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NormsEngine.Documents;

/// <summary>
/// Streams a YAML text through YamlDotNet's <see cref="Parser"/> once, enforcing the <see cref="ReaderLimits"/>
/// as events arrive and building a <see cref="YamlTreeNode"/> tree only for documents within them. A syntax error
/// ends its document only: reading resumes at the next <c>---</c> line.
/// </summary>
internal sealed class YamlReader(string? file, ReaderLimits limits)
{
    private readonly string? _file = file;
    private readonly int _limitsDepth = limits.MaxDepth;
    private readonly int _limitsAliases = limits.MaxAliases;
    private readonly int _limitsNodes = limits.MaxNodes;

    private readonly List<RawDocument> _documents = [];

    public List<RawDocument> Read(string text)
    {
        var lineStarts = LineStarts(text);
        var offset = 0;
        while (offset < text.Length || (offset == 0 && _documents.Count == 0))
        {
            var lineOffset = LineOfIndex(lineStarts, offset) - 1;
            var resumeAt = ReadStream(text, offset, lineOffset, lineStarts);
            if (resumeAt < 0)
            {
                break;
            }

            offset = resumeAt;
        }

        return _documents;
    }

    /// <summary>Reads from <paramref name="offset"/>; returns the index to resume at after a syntax error, or -1 when done.</summary>
    private int ReadStream(string text, int offset, int lineOffset, int[] lineStarts)
    {
        var parser = new Parser(new StringReader(offset == 0 ? text : text[offset..]));
        RawDocument? current = null;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart start:
                        current = new RawDocument(_documents.Count) { Start = Point(start.Start, lineOffset) };
                        _documents.Add(current);
                        ReadDocument(parser, current, lineOffset);
                        current = null;
                        break;
                    case StreamEnd:
                        return -1;
                }
            }

            return -1;
        }
        catch (YamlException ex)
        {
            var at = Point(ex.Start, lineOffset);
            var end = Point(ex.End, lineOffset);
            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentedLine(text, lineStarts, at.Line) is { } tabLine)
            {
                // The scanner reports where the enclosing block started; point at the offending tab instead.
                at = new TextPoint(tabLine, 1);
                end = new TextPoint(tabLine, 2);
            }

            if (current is null)
            {
                current = new RawDocument(_documents.Count) { Start = at };
                _documents.Add(current);
            }

            current.Root = null;
            current.IsUnreadable = true;
            current.Findings.Add(new Finding(
                EngineDiagnostics.InvalidYaml,
                DescribeSyntaxError(ex, text, lineStarts, at),
                new SourceLocation(_file, string.Empty, at.Line, at.Column, Math.Max(end.Line, at.Line), end.Line > at.Line ? end.Column : Math.Max(end.Column, at.Column + 1))));
            // Resume at the next document marker after the broken document's own start (the error may sit on it).
            var from = Math.Max(Point(ex.Start, lineOffset).Line, current.Start.Line + 1);
            return NextDocumentMarker(text, lineStarts, from, offset);
        }
    }

    private void ReadDocument(Parser parser, RawDocument document, int lineOffset)
    {
        var builder = new TreeBuilder(this, document, lineOffset);
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            if (e is DocumentEnd)
            {
                if (!document.IsUnreadable)
                {
                    document.Root = builder.Root;
                }

                return;
            }

            if (!document.IsUnreadable)
            {
                builder.Accept(e);
            }
        }
    }

    private static TextPoint Point(Mark mark, int lineOffset) =>
        new((int)Math.Min(int.MaxValue, mark.Line + lineOffset), (int)Math.Min(int.MaxValue, mark.Column));

    private static string DescribeSyntaxError(YamlException ex, string text, int[] lineStarts, TextPoint at)
    {
        var message = ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        var line = LineText(text, lineStarts, at.Line);
        var indent = line.Length - line.TrimStart(' ', '\t').Length;
        if (line[..indent].Contains('\t', StringComparison.Ordinal))
        {
            return $"YAML does not allow tabs for indentation; indent with spaces. ({message})";
        }

        return "Invalid YAML: " + message;
    }

    /// <summary>When the scanner complains about a tab, the first line at or after <paramref name="from"/> indented with a tab.</summary>
    private static int? TabIndentedLine(string text, int[] lineStarts, int from)
    {
        for (var line = Math.Max(1, from); line <= lineStarts.Length; line++)
        {
            var content = LineText(text, lineStarts, line);
            var indent = content.Length - content.TrimStart(' ', '\t').Length;
            if (content[..indent].Contains('\t', StringComparison.Ordinal) && indent < content.Length)
            {
                return line;
            }

            if (line - from > 1000)
            {
                break;
            }
        }

        return null;
    }

    private static string LineText(string text, int[] lineStarts, int line)
    {
        if (line < 1 || line > lineStarts.Length)
        {
            return string.Empty;
        }

        var start = lineStarts[line - 1];
        var end = line < lineStarts.Length ? lineStarts[line] : text.Length;
        return text[start..end].TrimEnd('\r', '\n');
    }

    private static int NextDocumentMarker(string text, int[] lineStarts, int fromLine, int offset)
    {
        for (var line = fromLine; line <= lineStarts.Length; line++)
        {
            var start = lineStarts[line - 1];
            if (start <= offset)
            {
                continue;
            }

            if (string.CompareOrdinal(text, start, "---", 0, 3) == 0
                && (start + 3 >= text.Length || text[start + 3] is ' ' or '\t' or '\r' or '\n'))
            {
                return start;
            }
        }

        return -1;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineOfIndex(int[] lineStarts, int index)
    {
        var found = Array.BinarySearch(lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    /// <summary>Builds one document's tree from parser events, enforcing the limits as it goes (no recursion).</summary>
    private sealed class TreeBuilder(YamlReader reader, RawDocument document, int lineOffset)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, (YamlTreeNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
        private long _expandedNodes;
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
                        scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value);
                    if (Count(1, scalar.Start))
                    {
                        Add(node, 1, scalar.Anchor);
                    }

                    break;
                case MappingStart mapping:
                    Open(new YamlMappingNode(Point(mapping.Start, lineOffset)), mapping.Anchor, mapping.Start);
                    break;
                case SequenceStart sequence:
                    Open(new YamlSequenceNode(Point(sequence.Start, lineOffset)), sequence.Anchor, sequence.Start);
                    break;
                case MappingEnd or SequenceEnd:
                    var frame = _stack.Pop();
                    frame.Node.End = Point(e.End, lineOffset);
                    Add(frame.Node, _expandedNodes - frame.ExpandedAtStart, frame.Anchor);
                    break;
                case AnchorAlias alias:
                    AddAlias(alias);
                    break;
            }
        }

        private void Open(YamlTreeNode node, AnchorName anchor, Mark at)
        {
            if (_stack.Count + 1 > reader._limitsDepth)
            {
                Stop(at, $"The document nests deeper than {reader._limitsDepth} levels; reading stopped here (limit: nesting depth).");
                return;
            }

            if (!Count(1, at))
            {
                return;
            }

            _stack.Push(new Frame(node, anchor, _expandedNodes - 1));
        }

        private void AddAlias(AnchorAlias alias)
        {
            if (++_aliases > reader._limitsAliases)
            {
                Stop(alias.Start, $"The document uses more than {reader._limitsAliases} alias references; reading stopped here (limit: alias references).");
                return;
            }

            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                Stop(alias.Start, $"Invalid YAML: the alias *{alias.Value.Value} refers to no anchor defined before it.", EngineDiagnostics.InvalidYaml);
                return;
            }

            if (Count(target.Size, alias.Start))
            {
                Add(target.Node, target.Size, AnchorName.Empty);
            }
        }

        /// <summary>Adds <paramref name="size"/> expanded nodes to the count; false (and the document stopped) past the limit.</summary>
        private bool Count(long size, Mark at)
        {
            _expandedNodes += size;
            if (_expandedNodes > reader._limitsNodes)
            {
                Stop(at, $"The document has more than {reader._limitsNodes} nodes (aliases expanded); reading stopped here (limit: nodes).");
                return false;
            }

            return true;
        }

        private void Add(YamlTreeNode node, long size, AnchorName anchor)
        {
            if (document.IsUnreadable)
            {
                return;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, size);
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
                                $"The key '{Shorten(scalarKey.Value)}' appears twice in this mapping; it is first defined at line {first.Start.Line}, column {first.Start.Column}. The first value is used.",
                                new SourceLocation(reader._file, string.Empty, scalarKey.Start.Line, scalarKey.Start.Column, scalarKey.End.Line, scalarKey.End.Column)));
                            return;
                        }
                    }

                    mapping.Entries.Add(new KeyValuePair<YamlTreeNode, YamlTreeNode>(key, node));
                    break;
            }
        }

        private void Stop(Mark at, string message, RuleDescriptor? descriptor = null)
        {
            if (document.IsUnreadable)
            {
                return;
            }

            var point = Point(at, lineOffset);
            document.IsUnreadable = true;
            document.Root = null;
            document.Findings.Add(new Finding(
                descriptor ?? EngineDiagnostics.LimitExceeded,
                message,
                new SourceLocation(reader._file, string.Empty, point.Line, point.Column, point.Line, point.Column + 1)));
            _stack.Clear();
        }

        private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

        private sealed class Frame(YamlTreeNode node, AnchorName anchor, long expandedAtStart)
        {
            public YamlTreeNode Node { get; } = node;

            public AnchorName Anchor { get; } = anchor;

            public long ExpandedAtStart { get; } = expandedAtStart;

            public YamlTreeNode? PendingKey { get; set; }

            public Dictionary<string, YamlScalarNode>? Keys { get; set; }
        }
    }

    /// <summary>Decodes bytes as strict UTF-8 (BOM optional); on invalid bytes, returns <c>null</c> and the finding.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? file, out Finding? error)
    {
        error = null;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var line = 1;
        var lastBreak = -1;
        for (var i = 0; i < written; i++)
        {
            if (chars[i] == '\n')
            {
                line++;
                lastBreak = i;
            }
        }

        var column = written - lastBreak;
        error = new Finding(
            EngineDiagnostics.InvalidYaml,
            "The input is not valid UTF-8 text (an invalid byte sequence was found here); practices documents are UTF-8.",
            new SourceLocation(file, string.Empty, line, column, line, column + 1));
        return null;
    }
}
