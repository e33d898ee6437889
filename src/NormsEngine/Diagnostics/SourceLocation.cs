namespace NormsEngine.Diagnostics;

/// <summary>
/// Where a finding points: a file, a YAML path and a 1-based span. A span of zeroes means the finding has no
/// position in the file (for example an unreadable file).
/// </summary>
/// <param name="File">The file as the caller named it, or <c>null</c> for text that came from no file.</param>
/// <param name="Path">The YAML path, for example <c>supplyChain.suppliers[1].incidentNoticeHours</c>; empty for the document root.</param>
/// <param name="Line">1-based start line.</param>
/// <param name="Column">1-based start column.</param>
/// <param name="EndLine">1-based end line.</param>
/// <param name="EndColumn">1-based end column (exclusive).</param>
public sealed record SourceLocation(string? File, string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The location as compilers print it: <c>file(line,col)</c>.</summary>
    public override string ToString() => $"{File ?? "<input>"}({Line},{Column})";
}
