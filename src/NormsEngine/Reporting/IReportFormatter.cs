using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>Writes a <see cref="Report"/> in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The format's name on the command line (<c>text</c>, <c>json</c>, ...).</summary>
    string Name { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write it.</param>
    void Write(Report report, TextWriter writer);
}
