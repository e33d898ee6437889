using NormsEngine.Cli.Output;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Output;

/// <summary>Files the tool writes replace the previous file only once complete; a failure leaves it, and no temporary file.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private const string Previous = "{ \"previous\": \"report\" }\n";

    private readonly Workspace _workspace = new("norms-atomic-");

    private string Target => _workspace.PathOf("report.json");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Write_Completes_ReplacesTheTargetAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(Target, Previous);

        AtomicFile.Write(Target, writer => writer.Write("new"));

        Assert.Equal("new", File.ReadAllText(Target));
        Assert.Equal(["report.json"], Files());
    }

    [Fact]
    public void Write_WriterThrowsPartWay_PreviousFileIntactAndNoTemporaryFile()
    {
        File.WriteAllText(Target, Previous);

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(Target, writer =>
        {
            writer.Write(new string('x', 200_000));
            writer.Flush();
            throw new InvalidOperationException("the formatter failed");
        }));

        Assert.Equal(Previous, File.ReadAllText(Target));
        Assert.Equal(["report.json"], Files());
    }

    [Fact]
    public void Write_DiskFillsPartWay_PreviousFileIntactAndNoTemporaryFile()
    {
        File.WriteAllText(Target, Previous);

        using (FailingStream.Install(capacity: 1000))
        {
            Assert.Throws<IOException>(() => AtomicFile.Write(Target, writer => writer.Write(new string('x', 200_000))));
        }

        Assert.Equal(Previous, File.ReadAllText(Target));
        Assert.Equal(["report.json"], Files());
    }

    [Fact]
    public void Write_NoOverwriteAndTheTargetExists_ThrowsAndKeepsIt()
    {
        File.WriteAllText(Target, Previous);

        Assert.Throws<IOException>(() => AtomicFile.Write(Target, writer => writer.Write("new"), overwrite: false));

        Assert.Equal(Previous, File.ReadAllText(Target));
        Assert.Equal(["report.json"], Files());
    }

    [Fact]
    public void Write_NewFolder_IsCreated()
    {
        var nested = Path.Combine(_workspace.Folder, "out", "deep", "report.json");

        AtomicFile.Write(nested, writer => writer.Write("new"));

        Assert.Equal("new", File.ReadAllText(nested));
    }

    [Fact]
    public void Write_TargetIsASymbolicLink_ReplacesTheFileItPointsToAndKeepsTheLink()
    {
        var real = _workspace.PathOf("real.json");
        File.WriteAllText(real, Previous);
        File.CreateSymbolicLink(Target, real);

        AtomicFile.Write(Target, writer => writer.Write("new"));

        Assert.Equal("new", File.ReadAllText(real));
        Assert.NotNull(new FileInfo(Target).LinkTarget);
    }

    [Fact]
    public void Write_ExistingFile_KeepsItsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only.
        }

        File.WriteAllText(Target, Previous);
        File.SetUnixFileMode(Target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        AtomicFile.Write(Target, writer => writer.Write("new"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(Target));
    }

    [Fact]
    public void Write_Device_IsWrittenInPlaceNotReplaced()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // /dev/null: a rename over it (possible as root) would make it a regular file.
        }

        AtomicFile.Write("/dev/null", writer => writer.Write("discarded"));

        Assert.Equal(string.Empty, File.ReadAllText("/dev/null"));
        Assert.Empty(Directory.EnumerateFiles("/dev", ".null.*"));
    }

    private string[] Files() => [.. Directory.EnumerateFiles(_workspace.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
