namespace NormsEngine.Diagnostics;

/// <summary>
/// One change to a file's text: the characters from <paramref name="Start"/> to <paramref name="End"/> replaced by
/// <paramref name="NewText"/> (an insertion when they are equal). Positions are given twice, as character offsets
/// for programs and as 1-based lines and columns for people and SARIF, and always agree.
/// </summary>
/// <remarks>
/// Offsets count UTF-16 characters of the text as the loader read it, that is after a byte order mark, which is never
/// part of a document: <see cref="CodeFixes.Apply(string, IEnumerable{CodeFix})"/> skips one at the start of the text it is given.
/// </remarks>
/// <param name="File">The file the edit changes, as the finding names it; <c>null</c> for text that came from no file.</param>
/// <param name="Start">Offset of the first character replaced.</param>
/// <param name="End">Offset just after the last character replaced (exclusive); equal to <paramref name="Start"/> for an insertion.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column of <paramref name="Start"/>.</param>
/// <param name="EndLine">1-based line of <paramref name="End"/>.</param>
/// <param name="EndColumn">1-based column of <paramref name="End"/>.</param>
/// <param name="NewText">The text written instead; empty for a deletion.</param>
public sealed record TextEdit(string? File, int Start, int End, int Line, int Column, int EndLine, int EndColumn, string NewText);
