using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>Writes a <see cref="Report"/> in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The format's name on the command line (<c>text</c>, <c>json</c>, ...).</summary>
    string Name { get; }

    /// <summary>
    /// Opens a writer for one run written as it goes: <see cref="ReportWriter.Begin"/>, then
    /// <see cref="ReportWriter.WriteDocument"/> for each document in input order, then <see cref="ReportWriter.End"/>.
    /// The bytes are the same as <see cref="Write"/> gives for the whole report.
    /// </summary>
    /// <param name="writer">Where the output goes; the caller flushes and closes it.</param>
    /// <returns>The format's writer; dispose it when done.</returns>
    ReportWriter Open(TextWriter writer);

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write it.</param>
    void Write(Report report, TextWriter writer);
}
