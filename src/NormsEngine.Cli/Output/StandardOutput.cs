using System.Text;

namespace NormsEngine.Cli.Output;

/// <summary>
/// The process's standard output, buffered (64 KB) rather than flushed at every write as <see cref="Console.Out"/>
/// is: a report over thousands of documents is megabytes of text. Flushed when disposed, at the end of the process;
/// the commands flush it when a person should see output at once.
/// </summary>
internal sealed class StandardOutput : StreamWriter
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Opens standard output in the console's encoding (UTF-8 without a byte order mark by default).</summary>
    public StandardOutput()
        : base(Console.OpenStandardOutput(), ConsoleEncoding(), BufferSize)
    {
        AutoFlush = false;
    }

    private static Encoding ConsoleEncoding()
    {
        var console = Console.OutputEncoding;
        return console.CodePage == System.Text.Encoding.UTF8.CodePage ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : console;
    }
}
