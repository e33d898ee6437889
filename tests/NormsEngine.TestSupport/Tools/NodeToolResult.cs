namespace NormsEngine.TestSupport.Tools;

/// <summary>How a node tool ended: its exit code and what it wrote, with LF line ends.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="StandardOutput">What it wrote to standard output.</param>
/// <param name="StandardError">What it wrote to standard error.</param>
public sealed record NodeToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output followed by standard error.</summary>
    public string Output => StandardOutput + StandardError;
}
