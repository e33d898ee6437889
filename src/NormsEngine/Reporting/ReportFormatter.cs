using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// What every built-in formatter shares: writing a whole report is opening a writer and streaming the report
/// through it, so the two paths give the same bytes by construction.
/// </summary>
internal abstract class ReportFormatter : IReportFormatter
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public ReportWriter Open(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return CreateWriter(writer);
    }

    /// <inheritdoc/>
    public void Write(Report report, TextWriter writer) => ReportWriter.WriteReport(Open(writer), report);

    /// <summary>Creates the format's writer over a writer known not to be null.</summary>
    /// <param name="writer">Where the output goes.</param>
    /// <returns>The format's writer.</returns>
    protected abstract ReportWriter CreateWriter(TextWriter writer);
}
