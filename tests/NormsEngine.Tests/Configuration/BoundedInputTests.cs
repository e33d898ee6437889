using NormsEngine.Configuration;
using NormsEngine.Documents;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Configuration;

/// <summary>
/// Packs, configuration files and baselines are read through one reader with the documents' size limit, counted in
/// bytes read (a device or pipe claims a length of 0), and strict UTF-8: a located finding, never a crash.
/// </summary>
public sealed class BoundedInputTests : IDisposable
{
    private const long Limit = 4 * 1024 * 1024;

    private readonly Workspace _workspace = new("norms-bounded-");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void ReadBytes_EndlessStreamThatClaimsNoLength_StopsOneByteAfterTheLimit()
    {
        using var endless = new EndlessStream();

        var bytes = BoundedInput.ReadBytes(endless, 1000, out var tooLarge);

        Assert.True(tooLarge);
        Assert.Empty(bytes);
        Assert.Equal(1001, endless.Consumed);
    }

    [Fact]
    public void ReadBytes_StreamAtTheLimit_ReadsItWhole()
    {
        using var stream = new MemoryStream(new byte[1000]);

        var bytes = BoundedInput.ReadBytes(stream, 1000, out var tooLarge);

        Assert.False(tooLarge);
        Assert.Equal(1000, bytes.Length);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_ProblemAtTheByte()
    {
        var path = Write("bad.yaml", [.. "a: 1\nb: x"u8, 0xFF, .. "\n"u8]);

        var read = BoundedInput.ReadFile(path, "pack file");

        Assert.Null(read.Text);
        Assert.Equal(("The pack file is not valid UTF-8 text (an invalid byte sequence was found here).", 2, 5), (read.Problem, read.Line, read.Column));
    }

    [Fact]
    public void ReadFile_ByteOrderMark_IsNotPartOfTheText()
    {
        var path = Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. "a: 1\n"u8]);

        Assert.Equal("a: 1\n", BoundedInput.ReadFile(path, "pack file").Text);
    }

    [Fact]
    public void ReadFile_Missing_UnreadableWithoutPosition()
    {
        var read = BoundedInput.ReadFile(_workspace.PathOf("none.yaml"), "baseline");

        Assert.StartsWith("The baseline cannot be read: ", read.Problem, StringComparison.Ordinal);
        Assert.Equal((0, 0), (read.Line, read.Column));
    }

    [Fact]
    public void ReadFile_Directory_UnreadableNotAnException()
    {
        Assert.StartsWith("The configuration file cannot be read: ", BoundedInput.ReadFile(_workspace.Folder, "configuration file").Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OverTheLimit_TooLargeAtTheFirstCharacter()
    {
        var path = Write("big.yaml", new byte[Limit + 1]);

        var read = BoundedInput.ReadFile(path, "pack file");

        Assert.Equal(("The pack file is larger than 4,194,304 bytes; it was not read (limit: input size).", 1, 1), (read.Problem, read.Line, read.Column));
    }

    [Fact]
    public void Load_DeviceThatNeverEnds_EveryReaderReportsItLocated()
    {
        // /dev/zero claims a length of 0 and never ends: it crashed the tool with "Out of memory".
        var device = OperatingSystem.IsWindows() ? null : "/dev/zero";
        if (device is null || !File.Exists(device))
        {
            device = Write("zero.bin", new byte[Limit + 10]);
        }

        var pack = Assert.Single(RulePackFile.Load(device).Errors);
        var configuration = Assert.Single(ConfigurationFile.Load(device).Errors);
        var baseline = Assert.Throws<BaselineException>(() => Baseline.Load(device));

        Assert.Equal(("NE0101", 1, 1), (pack.RuleId, pack.Location.Line, pack.Location.Column));
        Assert.Contains("larger than 4,194,304 bytes", pack.Message, StringComparison.Ordinal);
        Assert.Equal(("NE0103", 1, 1), (configuration.RuleId, configuration.Location.Line, configuration.Location.Column));
        Assert.Equal($"{device}(1,1): The baseline is larger than 4,194,304 bytes; it was not read (limit: input size).", baseline.Message);
    }

    [Fact]
    public void Load_InvalidUtf8_PackAndConfigurationLocateTheByte()
    {
        var path = Write("bad.yaml", [.. "apiVersion: norms/v1\nkind: Configuration\nfailOn: \""u8, 0xC3, 0x28, .. "\"\n"u8]);

        var pack = Assert.Single(RulePackFile.Load(path).Errors);
        var configuration = Assert.Single(ConfigurationFile.Load(path).Errors);

        Assert.Equal(("NE0101", 3, 10), (pack.RuleId, pack.Location.Line, pack.Location.Column));
        Assert.Equal(("NE0103", 3, 10), (configuration.RuleId, configuration.Location.Line, configuration.Location.Column));
        Assert.Contains("not valid UTF-8", configuration.Message, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = _workspace.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Zeros forever, like <c>/dev/zero</c>: no length, no end; counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Consumed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Consumed += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
