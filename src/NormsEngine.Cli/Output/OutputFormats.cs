using NormsEngine.Reporting;

namespace NormsEngine.Cli.Output;

/// <summary>The output formats the tool offers, by name: the library's formatters.</summary>
internal static class OutputFormats
{
    /// <summary>The default format.</summary>
    public const string Text = "text";

    /// <summary>Every format's name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => ReportFormatters.Names;

    /// <summary>Creates the formatter for <paramref name="name"/>; <paramref name="colour"/> only matters to text.</summary>
    public static IReportFormatter Create(string name, bool colour) => ReportFormatters.Create(name, colour);

    /// <summary>Opens the writer of <paramref name="name"/> for a run written as it goes.</summary>
    public static ReportWriter Open(string name, bool colour, TextWriter writer) => ReportFormatters.Open(name, colour, writer);
}
