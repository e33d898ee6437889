using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace NormsEngine.Documents;

/// <summary>A YAML comment: its text (without <c>#</c>) and where it stands.</summary>
internal readonly record struct YamlComment(int Line, int Column, string Text, bool IsInline);

/// <summary>
/// Finds the comments of a text with YamlDotNet's scanner (not the parser, which is less tolerant of comments).
/// Used only for texts that mention a comment directive, so ordinary documents pay nothing.
/// </summary>
/// <remarks>
/// After a syntax error YamlDotNet's scanner returns the same <see cref="Error"/> token forever instead of
/// throwing, so the scan stops at the first error token (or when the scanner stops advancing) and resumes at the
/// next <c>---</c> line, as the reader does: comments before the error and in the documents after it count,
/// comments inside the broken rest of a document do not. Every resume starts past the previous error, so the scan
/// always ends, in time proportional to the text; it also checks for cancellation.
/// </remarks>
internal static class CommentScanner
{
    /// <summary>
    /// How many tokens in a row may start at the same place before the scanner is taken to be stuck. Valid YAML
    /// repeats a place only for zero-width tokens (a block end per closed level), far fewer than this.
    /// </summary>
    private const int MaxTokensWithoutProgress = 10_000;

    /// <summary>Finds the comments in the first <paramref name="length"/> characters of <paramref name="text"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static List<YamlComment> Scan(string text, int length, CancellationToken cancellationToken = default)
    {
        var comments = new List<YamlComment>();
        var offset = 0;
        var line = 1;
        while (offset < length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var errorLine = ScanSegment(text, offset, length, line, comments, cancellationToken);
            if (errorLine is not { } stoppedAt)
            {
                break;
            }

            // Resume on the first document marker strictly after the error's line: always forward.
            (offset, line) = NextDocumentMarker(text, length, offset, line, Math.Max(stoppedAt, line) + 1);
        }

        return comments;
    }

    /// <summary>Scans from <paramref name="offset"/> (the start of line <paramref name="line"/>); returns the line of a syntax error, or <c>null</c> at the end.</summary>
    private static int? ScanSegment(string text, int offset, int length, int line, List<YamlComment> comments, CancellationToken cancellationToken)
    {
        var lineOffset = line - 1;
        var scanner = new Scanner(new TextSegmentReader(text, offset, length), skipComments: false);
        var tokens = 0;
        var lastIndex = -1L;
        var stuck = 0;
        try
        {
            while (scanner.MoveNext())
            {
                if (++tokens % 256 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var token = scanner.Current!;
                if (token is Error)
                {
                    return (int)Math.Min(int.MaxValue, token.Start.Line + lineOffset);
                }

                stuck = token.Start.Index == lastIndex ? stuck + 1 : 0;
                lastIndex = token.Start.Index;
                if (stuck > MaxTokensWithoutProgress)
                {
                    return (int)Math.Min(int.MaxValue, token.Start.Line + lineOffset);
                }

                if (token is Comment comment)
                {
                    var column = (int)comment.Start.Column;
                    comments.Add(new YamlComment((int)(comment.Start.Line + lineOffset), column, comment.Value.Trim(), comment.IsInline));
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            var at = ex is YamlException yaml ? yaml.Start.Line : scanner.Current?.Start.Line ?? 1;
            return (int)Math.Min(int.MaxValue, at + lineOffset);
        }
    }

    /// <summary>The start (index and line) of the first line at or after <paramref name="fromLine"/> that starts with a <c>---</c> marker; the end when none does.</summary>
    private static (int Offset, int Line) NextDocumentMarker(string text, int length, int offset, int line, int fromLine)
    {
        var index = offset;
        while (index < length)
        {
            if (line >= fromLine
                && index + 3 <= length
                && string.CompareOrdinal(text, index, "---", 0, 3) == 0
                && (index + 3 == length || text[index + 3] is ' ' or '\t' or '\r' or '\n'))
            {
                return (index, line);
            }

            // Next line: after \n, \r\n or a lone \r, as the reader counts lines.
            while (index < length && text[index] is not ('\n' or '\r'))
            {
                index++;
            }

            if (index < length && text[index] == '\r' && index + 1 < length && text[index + 1] == '\n')
            {
                index++;
            }

            index++;
            line++;
        }

        return (length, line);
    }
}
