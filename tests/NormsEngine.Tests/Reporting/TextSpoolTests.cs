using System.Text;
using NormsEngine.Reporting;

namespace NormsEngine.Tests.Reporting;

public class TextSpoolTests
{
    [Fact]
    public void CopyTo_PastTheMemoryLimit_SpillsToATemporaryFileAndGivesTheTextBack()
    {
        using var spool = new TextSpool(memoryLimit: 1000);
        var expected = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            // Multi-byte characters fall across every buffer and chunk boundary sooner or later.
            var line = $"{i} é ✅ 🟡 ~\n";
            spool.Writer.Write(line);
            expected.Append(line);
        }

        var output = new StringWriter();
        spool.CopyTo(output);

        Assert.True(spool.Spilled);
        Assert.Equal(expected.ToString(), output.ToString());
    }

    [Fact]
    public void CopyTo_FromAByte_SkipsWhatCameBeforeAndTheSpoolGoesOn()
    {
        using var spool = new TextSpool();
        spool.Writer.Write("<root>");
        var start = spool.Length;
        spool.Writer.Write("é1");

        var first = new StringWriter();
        spool.CopyTo(first, start);
        spool.Writer.Write("é2");
        var second = new StringWriter();
        spool.CopyTo(second, start);

        Assert.False(spool.Spilled);
        Assert.Equal("é1", first.ToString());
        Assert.Equal("é1é2", second.ToString());
    }

    [Fact]
    public void Dispose_Spilled_DeletesTheTemporaryFile()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "norms-*").ToHashSet();
        var spool = new TextSpool(memoryLimit: 10);
        spool.Writer.Write(new string('x', 100));
        _ = spool.Length;
        var created = Directory.GetFiles(Path.GetTempPath(), "norms-*").Except(before).ToList();

        spool.Dispose();

        Assert.True(spool.Spilled);
        Assert.Single(created);
        Assert.False(File.Exists(created[0]));
    }
}
