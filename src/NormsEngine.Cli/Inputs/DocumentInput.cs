namespace NormsEngine.Cli.Inputs;

/// <summary>One file to check, named as outputs show it.</summary>
/// <param name="DisplayPath">
/// The path in outputs, fingerprints and baselines: relative to the current directory with forward slashes
/// when the file is below it, else the full path; <c>&lt;stdin&gt;</c> for standard input.
/// </param>
/// <param name="FullPath">The file on disk, or <c>null</c> for standard input.</param>
internal sealed record DocumentInput(string DisplayPath, string? FullPath)
{
    /// <summary>The file name standard input gets in outputs.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The argument that names standard input.</summary>
    public const string StandardInputArgument = "-";

    /// <summary>Whether the document is read from standard input.</summary>
    public bool IsStandardInput => FullPath is null;
}
