using NormsEngine.Diagnostics;

namespace NormsEngine.Reporting;

/// <summary>
/// One format's output for one run, written as the run goes: <see cref="Begin"/> once, then
/// <see cref="WriteDocument"/> for each document in input order, as soon as it is evaluated, then <see cref="End"/>
/// with what is only known once every document is done (run findings, baseline summary, counts). A writer keeps no
/// document: memory does not grow with the number of documents (what must come before the documents but is only
/// known at the end is kept in a <see cref="TextSpool"/>, which spills to a temporary file). Every
/// <see cref="IReportFormatter"/> writes a whole <see cref="Report"/> through its writer, so both give the same bytes.
/// </summary>
public abstract class ReportWriter : IDisposable
{
    /// <summary>Starts the output.</summary>
    /// <param name="header">What is known before the first document.</param>
    public abstract void Begin(ReportHeader header);

    /// <summary>Writes one document.</summary>
    /// <param name="document">The document's report.</param>
    /// <param name="multiple">Whether its file holds several documents (names then carry the position).</param>
    public abstract void WriteDocument(DocumentReport document, bool multiple);

    /// <summary>Ends the output.</summary>
    /// <param name="end">What is known once every document is done.</param>
    public abstract void End(ReportEnd end);

    /// <summary>Writes a whole report.</summary>
    /// <param name="writer">The format's writer; disposed at the end.</param>
    /// <param name="report">The report.</param>
    internal static void WriteReport(ReportWriter writer, Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using (writer)
        {
            writer.Begin(new ReportHeader(report.Settings, report.ToolVersion));
            var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var document in report.Documents)
            {
                var key = document.File ?? string.Empty;
                perFile[key] = perFile.GetValueOrDefault(key) + 1;
            }

            foreach (var document in report.Documents)
            {
                writer.WriteDocument(document, perFile[document.File ?? string.Empty] > 1);
            }

            writer.End(new ReportEnd(report.RunFindings, report.Baseline, ReportTally.Of(report)));
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the writer holds (spools); the output writer is the caller's.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
