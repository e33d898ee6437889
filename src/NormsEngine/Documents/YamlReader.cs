using NormsEngine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NormsEngine.Documents;

/// <summary>
/// Streams a YAML text through YamlDotNet's <see cref="Parser"/> once, enforcing the <see cref="ReaderLimits"/>
/// as events arrive and building a <see cref="YamlTreeNode"/> tree only for documents within them. A syntax error
/// ends its document only: reading resumes at the next <c>---</c> line. Past <see cref="ReaderLimits.MaxDocuments"/>
/// documents, or once aliases have repeated <see cref="ReaderLimits.MaxAliasExpansion"/> in the whole input, reading
/// stops with an NE0005 finding, so that what is read stays proportional to the input.
/// </summary>
internal sealed partial class YamlReader(string? file, ReaderLimits limits, CancellationToken cancellationToken = default)
{
    private readonly CancellationToken _cancellationToken = cancellationToken;
    private int _events;
    private readonly string? _file = file;
    private readonly int _limitsDepth = limits.MaxDepth;
    private readonly int _limitsAliases = limits.MaxAliases;
    private readonly int _limitsNodes = limits.MaxNodes;
    private readonly int _limitsDocuments = limits.MaxDocuments;
    private readonly long _limitsAliasExpansion = limits.MaxAliasExpansion;

    /// <summary>What aliases have repeated so far in this input (scalar characters plus nodes), across documents.</summary>
    private long _aliasExpansion;

    private readonly List<RawDocument> _documents = [];

    /// <summary>The text being read, for the documents' fixes.</summary>
    private SourceText? _source;

    /// <summary>
    /// Where reading stopped because the input holds more than <see cref="ReaderLimits.MaxDocuments"/> documents: the
    /// index in the text of the line that starts the first document not read; <c>null</c> when every document was read.
    /// The last document returned then stands for the rest of the input, with its NE0005 finding.
    /// </summary>
    public int? StoppedAt { get; private set; }

    public List<RawDocument> Read(string text)
    {
        var lineStarts = LineBreaks.LineStarts(text);
        _source = new SourceText(text, lineStarts);
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
        var parser = new Parser(new TextSegmentReader(text, offset, text.Length));
        RawDocument? current = null;
        try
        {
            while (parser.MoveNext())
            {
                Tick();
                switch (parser.Current)
                {
                    case DocumentStart start:
                        current = NewDocument(Point(start.Start, lineOffset), lineStarts);
                        if (current is null)
                        {
                            return -1;
                        }

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

            current = Unreadable(
                current ?? NewDocument(at, lineStarts),
                DescribeSyntaxError(ex, text, lineStarts, at),
                new SourceLocation(_file, string.Empty, at.Line, at.Column, Math.Max(end.Line, at.Line), end.Line > at.Line ? end.Column : Math.Max(end.Column, at.Column + 1)));
            if (current is null)
            {
                return -1;
            }

            // Resume at the next document marker after the broken document's own start (the error may sit on it).
            var from = Math.Max(Point(ex.Start, lineOffset).Line, current.Start.Line + 1);
            return NextDocumentMarker(text, lineStarts, from, offset);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet sometimes fails on invalid input with a state error instead of a YamlException
            // (for example a flow sequence continued at column 1 inside a block mapping); it is still invalid YAML.
            var at = parser.Current is { } last ? Point(last.End, lineOffset) : new TextPoint(lineOffset + 1, 1);
            current = Unreadable(
                current ?? NewDocument(at, lineStarts),
                "Invalid YAML: the parser could not continue after this point; check the indentation and brackets of the lines that follow.",
                new SourceLocation(_file, string.Empty, at.Line, at.Column, at.Line, at.Column + 1));
            if (current is null)
            {
                return -1;
            }

            return NextDocumentMarker(text, lineStarts, Math.Max(at.Line, current.Start.Line + 1), offset);
        }
    }

    /// <summary>Marks a document (when there is one: past the document cap there is none) as invalid YAML.</summary>
    private static RawDocument? Unreadable(RawDocument? document, string message, SourceLocation location)
    {
        if (document is not null)
        {
            document.Root = null;
            document.IsUnreadable = true;
            document.Findings.Add(new Finding(EngineDiagnostics.InvalidYaml, message, location));
        }

        return document;
    }

    /// <summary>
    /// Starts a document at <paramref name="start"/>; past <see cref="ReaderLimits.MaxDocuments"/>, adds instead one
    /// unreadable document with the NE0005 finding that stands for the rest of the input, and returns <c>null</c>.
    /// </summary>
    private RawDocument? NewDocument(TextPoint start, int[] lineStarts)
    {
        var document = new RawDocument(_documents.Count) { Start = start, Source = _source };
        _documents.Add(document);
        if (_documents.Count <= _limitsDocuments)
        {
            return document;
        }

        document.IsUnreadable = true;
        document.Findings.Add(new Finding(
            EngineDiagnostics.LimitExceeded,
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The input holds more than {_limitsDocuments:N0} documents; this one and those after it were not read (limit: documents)."),
            new SourceLocation(_file, string.Empty, start.Line, start.Column, start.Line, start.Column + 1)));
        StoppedAt = lineStarts[Math.Clamp(start.Line, 1, lineStarts.Length) - 1];
        return null;
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
                    $"Invalid YAML: the %YAML directive needs a version such as 1.2, separated from any comment by a space; found '{YamlTreeNode.Shorten(version)}'.",
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

        if (IsIndentationError(message, line, at.Column) && LineAbove(text, lineStarts, at.Line) is { } above)
        {
            // YamlDotNet names the block it was parsing, not the cause, which is almost always a line indented
            // differently from the line before it: show both lines so the reader compares the columns.
            return string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Invalid YAML: {message} Check the indentation of line {at.Line} against line {above} (`{YamlTreeNode.Shorten(LineText(text, lineStarts, above).TrimEnd())}`): keys of one mapping start in the same column, and so do the '- ' of one list's items; a nested value is indented further than its key.");
        }

        return "Invalid YAML: " + message;
    }

    /// <summary>
    /// The scanner and parser errors that a line indented too little or too much causes in a block mapping or
    /// sequence: a key where a '-' was expected (or the reverse), or a key indented under a plain value. An invalid
    /// mapping is an indentation error only when its key starts the line (<c>a: b: c</c> is two keys on one line).
    /// </summary>
    private static bool IsIndentationError(string message, string line, int column) =>
        message.Contains("did not find expected key", StringComparison.Ordinal)
        || message.Contains("did not find expected '-' indicator", StringComparison.Ordinal)
        || (message.Contains("found invalid mapping", StringComparison.Ordinal)
            && !line[..Math.Clamp(column - 1, 0, line.Length)].Contains(": ", StringComparison.Ordinal));

    /// <summary>The nearest line before <paramref name="line"/> that holds more than blanks or a comment; <c>null</c> when none.</summary>
    private static int? LineAbove(string text, int[] lineStarts, int line)
    {
        // Bounded: a run of a thousand blank or comment lines says nothing more about indentation.
        for (var above = line - 1; above >= 1 && line - above <= 1000; above--)
        {
            var content = LineText(text, lineStarts, above).TrimStart(' ', '\t');
            if (content.Length > 0 && content[0] != '#')
            {
                return above;
            }
        }

        return null;
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

    private static int LineOfIndex(int[] lineStarts, int index)
    {
        var found = Array.BinarySearch(lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
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
            // Line breaks as the reader counts them (LineBreaks): CRLF, LF and a lone CR each end one line.
            if (chars[i] == '\n' || (chars[i] == '\r' && (i + 1 >= written || chars[i + 1] != '\n')))
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
