using System.Text;

namespace NormsEngine.Cli.Output;

/// <summary>
/// A file the tool writes whole or not at all: the bytes go to a temporary file beside the target (same folder, so
/// the same file system, unique name), which is renamed over the target only once complete. A run that fails, is
/// killed, or fills the disk leaves the previous file as it was. Disposing without <see cref="Commit"/> deletes the
/// temporary file.
/// </summary>
/// <remarks>
/// Devices (<c>/dev/stdout</c>, <c>/dev/null</c>, <c>NUL</c>) cannot be replaced by a rename and are written directly.
/// A target that is a symbolic link has the file it points to replaced, so the link stays.
/// </remarks>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string? _temporary;
    private readonly bool _overwrite;
    private readonly FileStream _file;
    private bool _done;

    private AtomicFile(string target, string? temporary, bool overwrite, FileStream file, Stream stream)
    {
        _target = target;
        _temporary = temporary;
        _overwrite = overwrite;
        _file = file;
        Stream = stream;
    }

    /// <summary>
    /// Wraps every file stream created in this asynchronous flow: tests set it to make writing fail part way, as a
    /// full disk does, through any command.
    /// </summary>
    internal static AsyncLocal<Func<Stream, Stream>?> Interposer { get; } = new();

    /// <summary>Where to write the content.</summary>
    public Stream Stream { get; }

    /// <summary>
    /// Starts writing <paramref name="path"/>, creating its folder. <paramref name="overwrite"/> <c>false</c> keeps an
    /// existing target: <see cref="Commit"/> then fails, as <see cref="FileMode.CreateNew"/> would.
    /// </summary>
    /// <param name="path">The target file.</param>
    /// <param name="overwrite">Whether an existing target is replaced.</param>
    /// <exception cref="IOException">The temporary file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static AtomicFile Create(string path, bool overwrite = true)
    {
        var wrap = Interposer.Value;
        var full = Path.GetFullPath(path);
        var target = IsDevice(full) ? full : Resolve(full);
        if (IsDevice(target))
        {
            var device = new FileStream(target, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            return new AtomicFile(target, null, overwrite, device, wrap?.Invoke(device) ?? device);
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        try
        {
            return new AtomicFile(target, temporary, overwrite, file, wrap?.Invoke(file) ?? file);
        }
        catch
        {
            file.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="path"/> whole with <paramref name="write"/> (UTF-8 without byte order mark), or leaves it as it was.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="overwrite">Whether an existing target is replaced.</param>
    /// <param name="durable">Whether the content reaches the disk before the rename (see <see cref="Commit"/>).</param>
    public static void Write(string path, Action<TextWriter> write, bool overwrite = true, bool durable = true)
    {
        using var file = Create(path, overwrite);
        using (var writer = new StreamWriter(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true))
        {
            write(writer);
        }

        file.Commit(durable);
    }

    /// <summary>Flushes the content and puts it in place of the target.</summary>
    /// <param name="durable">
    /// Whether the content reaches the disk before the rename, so that not even a power cut leaves the name on
    /// incomplete content; bulk output (generated test documents) skips it, as a killed process cannot lose it anyway.
    /// </param>
    /// <exception cref="IOException">The content cannot be written, or the target exists and may not be overwritten.</exception>
    public void Commit(bool durable = true)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        Stream.Flush();
        if (_temporary is null)
        {
            _done = true;
            Stream.Dispose();
            return;
        }

        _file.Flush(flushToDisk: durable);
        Stream.Dispose();
        _file.Dispose();
        if (!OperatingSystem.IsWindows() && File.Exists(_target))
        {
            try
            {
                // The content replaces the file, not its permissions.
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Permissions are kept when possible; the content matters more.
            }
        }

        File.Move(_temporary, _target, _overwrite);
        _done = true;
    }

    /// <summary>Deletes the temporary file unless <see cref="Commit"/> put it in place.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Stream.Dispose();
            _file.Dispose();
        }
        catch (IOException)
        {
            // The content is dropped anyway: a full disk fails again when the buffers are flushed.
        }

        if (_temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing else can be done; the target is untouched either way.
            }
        }
    }

    /// <summary>Whether the path names a device: written in place, as it cannot be replaced.</summary>
    private static bool IsDevice(string full) =>
        OperatingSystem.IsWindows()
            ? full.StartsWith(@"\\.\", StringComparison.Ordinal)
            : full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);

    /// <summary>The file a symbolic link finally points to, or the path itself.</summary>
    private static string Resolve(string full)
    {
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A link loop or a dangling chain: replace the path given.
            return full;
        }
    }
}
