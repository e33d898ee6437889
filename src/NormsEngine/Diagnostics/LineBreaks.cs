namespace NormsEngine.Diagnostics;

/// <summary>
/// What a line is, for <see cref="SourceLocation.Line"/>: YAML 1.2's line breaks, CRLF, LF and a lone CR, each end one
/// line. The reader numbers lines with it and the reports that quote the source find those lines with it, so both
/// agree on files with CR-only or mixed line endings.
/// </summary>
internal static class LineBreaks
{
    /// <summary>
    /// The index in <paramref name="text"/> where each line starts, line 1 first; a final break starts one more line
    /// (empty), at the text's end.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The line starts, ascending, never empty.</returns>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // A CR followed by LF is one break, ended by its LF.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>The end of the line that runs from <paramref name="start"/> to <paramref name="next"/>, before its break.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the line starts.</param>
    /// <param name="next">Where the next line starts, or the text's length for the last line.</param>
    /// <returns>The index just past the line's last character.</returns>
    public static int ContentEnd(string text, int start, int next)
    {
        // A line holds no break of its own, so whatever CR and LF end it are its break (one CRLF, LF or CR).
        var end = next;
        while (end > start && text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }
}
