using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace NormsEngine.Documents;

/// <summary>A YAML comment: its text (without <c>#</c>) and where it stands.</summary>
internal readonly record struct YamlComment(int Line, int Column, string Text, bool IsInline);

/// <summary>
/// Finds the comments of a text with YamlDotNet's scanner (not the parser, which is less tolerant of comments).
/// Used only for texts that mention a comment directive, so ordinary documents pay nothing.
/// </summary>
internal static class CommentScanner
{
    public static List<YamlComment> Scan(string text)
    {
        var comments = new List<YamlComment>();
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is Comment comment)
                {
                    comments.Add(new YamlComment((int)comment.Start.Line, (int)comment.Start.Column, comment.Value.Trim(), comment.IsInline));
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The reader reports syntax errors; the comments before the error still count.
        }

        return comments;
    }
}
