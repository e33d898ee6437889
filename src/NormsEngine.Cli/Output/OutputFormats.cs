using NormsEngine.Reporting;

namespace NormsEngine.Cli.Output;

/// <summary>The output formats the tool offers, by name: the library's formatters.</summary>
internal static class OutputFormats
{
    /// <summary>The default format.</summary>
    public const string Text = "text";

    /// <summary>Every format's name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => ReportFormatters.Names;

    /// <summary>Opens the writer of <paramref name="name"/> for a run written as it goes.</summary>
    /// <param name="name">The format.</param>
    /// <param name="colour">Whether text is coloured; only text uses it.</param>
    /// <param name="showPassed">Whether text ends with the passed rules; only text uses it.</param>
    /// <param name="writer">Where the output goes.</param>
    /// <returns>The format's writer.</returns>
    public static ReportWriter Open(string name, bool colour, bool showPassed, TextWriter writer) =>
        ReportFormatters.Create(name, colour, showPassed).Open(writer);
}
