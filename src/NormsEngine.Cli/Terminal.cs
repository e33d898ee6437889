using NormsEngine.Cli.Output;

namespace NormsEngine.Cli;

/// <summary>
/// Where one invocation reads and writes: the process's console, or writers a test passes in. Interactive
/// features (progress bar, colour) only ever go to the real console when it is not redirected.
/// </summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Input">
/// Standard input as bytes, read for the input <c>-</c> exactly as a file is (size limit, strict UTF-8), so that the
/// same bytes give the same findings whichever way they come.
/// </param>
internal sealed record Terminal(TextWriter Output, TextWriter Error, Stream Input)
{
    /// <summary>Whether standard error is a terminal a person watches (progress bar).</summary>
    public bool IsErrorInteractive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Whether standard output is a terminal a person watches: output should show at once, and competes with a progress bar.</summary>
    public bool IsOutputInteractive => IsConsoleOutput && !Console.IsOutputRedirected;

    /// <summary>Whether standard output is a terminal that shows colour: not redirected, and <c>NO_COLOR</c> not set.</summary>
    public bool SupportsColour =>
        IsOutputInteractive
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    private bool IsConsoleOutput => Output is StandardOutput || ReferenceEquals(Output, Console.Out);
}
