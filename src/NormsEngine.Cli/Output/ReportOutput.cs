using System.Text;
using NormsEngine.Diagnostics;
using NormsEngine.Reporting;

namespace NormsEngine.Cli.Output;

/// <summary>
/// One output of a run, written as the run goes: a format's writer (the library's public streaming writer) over
/// standard output or a file. A failure to write is reported once on standard error; the output then stops and the run ends with exit code 2.
/// A file is written through an <see cref="AtomicFile"/>: it replaces the previous file only once the whole report is
/// written, so a failed or killed run leaves the previous report as it was.
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    private const int FileBufferSize = 64 * 1024;

    private readonly FormatRequest _request;
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly bool _flushEachDocument;
    private readonly ReportWriter _format;
    private readonly TextWriter _error;
    private readonly AtomicFile? _file;
    private bool _ended;

    private ReportOutput(FormatRequest request, TextWriter writer, bool ownsWriter, bool colour, bool flushEachDocument, bool showPassed, TextWriter error, AtomicFile? file = null)
    {
        _request = request;
        _writer = writer;
        _ownsWriter = ownsWriter;
        _flushEachDocument = flushEachDocument;
        _error = error;
        _file = file;
        _format = OutputFormats.Open(request.Format, colour, showPassed, writer);
    }

    /// <summary>Whether the output is the html report, which quotes the YAML and the explanations' questions.</summary>
    public bool IsHtml => string.Equals(_request.Format, "html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether writing failed (reported on standard error).</summary>
    public bool Failed { get; private set; }

    /// <summary>
    /// Opens an output: standard output (flushed after each document when a person watches it), or the file, created
    /// with its folder. Reports a file that cannot be created on standard error and returns <c>null</c>.
    /// </summary>
    public static ReportOutput? Open(FormatRequest request, bool showPassed, Terminal terminal)
    {
        if (request.OutputFile is null)
        {
            return new ReportOutput(request, terminal.Output, ownsWriter: false, terminal.SupportsColour, terminal.IsOutputInteractive, showPassed, terminal.Error);
        }

        try
        {
            var file = AtomicFile.Create(request.OutputFile);
            var writer = new StreamWriter(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), FileBufferSize, leaveOpen: true) { NewLine = "\n" };
            return new ReportOutput(request, writer, ownsWriter: true, colour: false, flushEachDocument: false, showPassed, terminal.Error, file);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            terminal.Error.WriteLine($"norms: cannot write '{request.OutputFile}': {ex.Message}");
            return null;
        }
    }

    public void Begin(ReportHeader header)
    {
        if (Failed)
        {
            return;
        }

        try
        {
            _format.Begin(header);
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            Fail(ex);
        }
    }

    public void WriteDocument(DocumentReport document, bool multiple)
    {
        if (Failed)
        {
            return;
        }

        try
        {
            _format.WriteDocument(document, multiple);

            if (_flushEachDocument)
            {
                _writer.Flush();
            }
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            Fail(ex);
        }
    }

    /// <summary>Ends the output and flushes it.</summary>
    /// <returns>Whether the whole output was written.</returns>
    public bool End(ReportEnd end)
    {
        if (Failed)
        {
            return false;
        }

        try
        {
            _format.End(end);

            _writer.Flush();
            _ended = true;
        }
        catch (Exception ex) when (IsWriteFailure(ex))
        {
            Fail(ex);
        }

        return !Failed;
    }

    /// <summary>Closes the output; a file replaces the previous one only if the whole report was written.</summary>
    public void Dispose()
    {
        _format.Dispose();
        if (_ownsWriter)
        {
            try
            {
                _writer.Dispose();
                if (_file is not null && _ended && !Failed)
                {
                    _file.Commit();
                }
            }
            catch (Exception ex) when (IsWriteFailure(ex))
            {
                Fail(ex);
            }
            finally
            {
                // Without a commit, this deletes the partial report and the previous file stays.
                _file?.Dispose();
            }
        }
    }

    /// <summary>A document's passed rules, under its name, as <c>--show-passed</c> lists them after the summary.</summary>
    private static bool IsWriteFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private void Fail(Exception ex)
    {
        if (!Failed)
        {
            Failed = true;
            _error.WriteLine($"norms: cannot write '{_request.OutputFile ?? "standard output"}': {ex.Message}");
        }
    }
}
