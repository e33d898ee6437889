using System.Diagnostics;

namespace NormsEngine.Cli.Output;

/// <summary>
/// A one-line progress bar on standard error, for a person watching a terminal: the input files done out of all of
/// them. It appears only once the run has taken more than half a second, redraws at most ten times a second, and
/// erases itself at the end, or for a moment when something else is written to standard error.
/// </summary>
internal sealed class ProgressBar : IProgress<int>, IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly int _total;
    private readonly Stopwatch _clock;
    private readonly Lock _lock = new();
    private TimeSpan _lastDraw;
    private int _lineLength;

    private ProgressBar(TextWriter error, int total, Stopwatch clock)
    {
        _error = error;
        _total = total;
        _clock = clock;
    }

    /// <summary>A progress bar when standard error is a terminal, else <c>null</c>.</summary>
    public static ProgressBar? Start(Terminal terminal, int total, Stopwatch clock) =>
        terminal.IsErrorInteractive && total > 0 ? new ProgressBar(terminal.Error, total, clock) : null;

    /// <inheritdoc/>
    public void Report(int value)
    {
        var now = _clock.Elapsed;
        if (now < Delay)
        {
            return;
        }

        lock (_lock)
        {
            if (_lineLength > 0 && now - _lastDraw < Interval && value < _total)
            {
                return;
            }

            _lastDraw = now;
            var filled = (int)((long)Width * Math.Min(value, _total) / _total);
            var line = $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {value}/{_total} files, {now.TotalSeconds:0.0} s";
            _lineLength = Math.Max(_lineLength, line.Length);
            _error.Write(line);
            _error.Flush();
        }
    }

    /// <summary>Erases the bar, if it was drawn, so that a line can be written on standard error; the next report draws it again.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (_lineLength > 0)
            {
                _error.Write("\r" + new string(' ', _lineLength) + "\r");
                _error.Flush();
                _lineLength = 0;
            }
        }
    }

    /// <summary>Erases the bar, if it was drawn.</summary>
    public void Dispose() => Clear();
}
