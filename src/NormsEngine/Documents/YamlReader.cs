using NormsEngine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NormsEngine.Documents;

/// <summary>
/// Streams a YAML text through YamlDotNet's <see cref="Parser"/> once, enforcing the <see cref="ReaderLimits"/>
/// as events arrive and building a <see cref="YamlTreeNode"/> tree only for documents within them. A syntax error
/// ends its document only: reading resumes at the next <c>---</c> line.
/// </summary>
internal sealed partial class YamlReader(string? file, ReaderLimits limits, CancellationToken cancellationToken = default)
{
    private readonly CancellationToken _cancellationToken = cancellationToken;
    private int _events;
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
                Tick();
                switch (parser.Current)
                {
                    case DocumentStart start:
                        current = new RawDocument(_documents.Count) { Start = Point(start.Start, lineOffset) };
                        _documents.Add(current);
                        var markerLine = Point(start.End, lineOffset).Line;
                        CheckDirectives(text, lineStarts, current, Point(start.Start, lineOffset).Line, markerLine);
                        if (current.IsUnreadable)
                        {
                            return NextDocumentMarker(text, lineStarts, markerLine + 1, offset);
                        }

                        if (ReadDocument(parser, current, lineOffset, text, lineStarts) is { } stoppedAt)
                        {
                            // Past a limit the parser is not asked for more: hostile input (100,000 open brackets)
                            // costs YamlDotNet quadratic time. A --- line always starts a new document, so resume there.
                            return NextDocumentMarker(text, lineStarts, Math.Max(stoppedAt + 1, current.Start.Line + 1), offset);
                        }

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
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet sometimes fails on invalid input with a state error instead of a YamlException
            // (for example a flow sequence continued at column 1 inside a block mapping); it is still invalid YAML.
            var at = parser.Current is { } last ? Point(last.End, lineOffset) : new TextPoint(lineOffset + 1, 1);
            if (current is null)
            {
                current = new RawDocument(_documents.Count) { Start = at };
                _documents.Add(current);
            }

            current.Root = null;
            current.IsUnreadable = true;
            current.Findings.Add(new Finding(
                EngineDiagnostics.InvalidYaml,
                "Invalid YAML: the parser could not continue after this point; check the indentation and brackets of the lines that follow.",
                new SourceLocation(_file, string.Empty, at.Line, at.Column, at.Line, at.Column + 1)));
            return NextDocumentMarker(text, lineStarts, Math.Max(at.Line, current.Start.Line + 1), offset);
        }
    }

    /// <summary>Reads one document's events; returns the line where reading stopped early (a limit or a check), or <c>null</c>.</summary>
    private int? ReadDocument(Parser parser, RawDocument document, int lineOffset, string text, int[] lineStarts)
    {
        var builder = new TreeBuilder(this, document, lineOffset, text, lineStarts);
        while (parser.MoveNext())
        {
            Tick();
            var e = parser.Current!;
            if (e is DocumentEnd)
            {
                document.Root = builder.Root;
                document.NodeCount = builder.NodeCount;
                return null;
            }

            builder.Accept(e);
            if (document.IsUnreadable)
            {
                return document.Findings.Count > 0 ? document.Findings[^1].Location.Line : Point(e.Start, lineOffset).Line;
            }
        }

        return null;
    }

    /// <summary>Checks for cancellation every 1,000 parser events.</summary>
    private void Tick()
    {
        if (++_events % 1000 == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// YamlDotNet accepts a %YAML directive whose version runs into other text (<c>%YAML 1.1#...</c>); YAML does
    /// not, so the directive lines before an explicit document start are checked here.
    /// </summary>
    private void CheckDirectives(string text, int[] lineStarts, RawDocument document, int fromLine, int markerLine)
    {
        for (var line = fromLine; line < markerLine; line++)
        {
            var content = LineText(text, lineStarts, line);
            if (!content.StartsWith("%YAML", StringComparison.Ordinal) || content.Length == 5 || content[5] is not (' ' or '\t'))
            {
                continue;
            }

            var rest = content[5..].TrimStart(' ', '\t');
            var end = rest.IndexOfAny([' ', '\t']);
            var version = end < 0 ? rest : rest[..end];
            if (!YamlVersion().IsMatch(version))
            {
                var column = content.Length - rest.Length + 1;
                document.IsUnreadable = true;
                document.Findings.Add(new Finding(
                    EngineDiagnostics.InvalidYaml,
                    $"Invalid YAML: the %YAML directive needs a version such as 1.2, separated from any comment by a space; found '{version}'.",
                    new SourceLocation(_file, string.Empty, line, column, line, column + Math.Max(1, version.Length))));
                return;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]+\\.[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex YamlVersion();

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
    private sealed class TreeBuilder(YamlReader reader, RawDocument document, int lineOffset, string text, int[] lineStarts)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, (YamlTreeNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
        private long _expandedNodes;

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
                        scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value);
                    // An empty scalar (often just an anchor or tag) can end on a later line; it has no lines to check.
                    if (scalar.Style is not (ScalarStyle.Literal or ScalarStyle.Folded) && scalar.Value.Length > 0 && node.End.Line > node.Start.Line)
                    {
                        CheckFlowIndentation(node.Start, node.End, skipComments: false);
                    }

                    if (!document.IsUnreadable && Count(1, scalar.Start))
                    {
                        Add(node, 1, scalar.Anchor);
                    }

                    break;
                case MappingStart mapping:
                    Open(new YamlMappingNode(Point(mapping.Start, lineOffset)), mapping.Anchor, mapping.Start, mapping.Style == MappingStyle.Flow, mapping.End);
                    break;
                case SequenceStart sequence:
                    Open(new YamlSequenceNode(Point(sequence.Start, lineOffset)), sequence.Anchor, sequence.Start, sequence.Style == SequenceStyle.Flow, sequence.End);
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

                    Add(frame.Node, _expandedNodes - frame.ExpandedAtStart, frame.Anchor);
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
                Stop(at, $"The document nests deeper than {reader._limitsDepth} levels; reading stopped here (limit: nesting depth).");
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

            _stack.Push(new Frame(node, anchor, _expandedNodes - 1, isFlow, Point(indicator, lineOffset).Column));
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
                    $"Invalid YAML: this line continues a flow value and must be indented by at least {required} space{(required == 1 ? string.Empty : "s")}" +
                    (tabbed ? ".)" : "."),
                    EngineDiagnostics.InvalidYaml);
                return;
            }
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
                        path.Append('[').Append(sequence.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
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

        private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

        private sealed class Frame(YamlTreeNode node, AnchorName anchor, long expandedAtStart, bool isFlow, int column)
        {
            /// <summary>Whether this is a flow collection (<c>[...]</c>, <c>{...}</c>).</summary>
            public bool IsFlow { get; } = isFlow;

            /// <summary>For a block collection, the 1-based column of its indicator (<c>-</c> or first key): its indentation + 1.</summary>
            public int Column { get; } = column;

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
