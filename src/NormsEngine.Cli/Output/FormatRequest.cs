namespace NormsEngine.Cli.Output;

/// <summary>One output of a run: a format, and the file it goes to (<c>null</c>: standard output).</summary>
/// <param name="Format">The format's name.</param>
/// <param name="OutputFile">The file, or <c>null</c> for standard output.</param>
internal sealed record FormatRequest(string Format, string? OutputFile);
