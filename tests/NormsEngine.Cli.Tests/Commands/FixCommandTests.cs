using System.Text;
using System.Text.RegularExpressions;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

public sealed partial class FixCommandTests : IDisposable
{
    private const string Typos =
        "# my organisation\nmetadata:\n  name: X       # kept\n  type: NGO\n  country: NLD\n  assessedOn: 2026/10/15\n\nhygeine:\n  mfa: { adminPct: 93% }\n";

    private const string Fixed =
        "# my organisation\napiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X       # kept\n  type: ngo\n  country: NLD\n  assessedOn: 2026-10-15\n\nhygiene:\n  mfa: { adminPct: 93 }\n";

    /// <summary>The same slips in a document that has its header: a folder's files without one are not ours.</summary>
    private static readonly string WithHeader = Typos.Replace("# my organisation\n", "# my organisation\napiVersion: norms/v1\nkind: Organisation\n", StringComparison.Ordinal);

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Fix_DocumentWithTypos_WritesTheFixedDocumentAndPrintsTheDiff()
    {
        _workspace.Write("org.yaml", Typos);

        var (exit, output, error) = _workspace.Run("fix", "org.yaml");

        Assert.True(exit == 0, error);
        Assert.Equal(Fixed, _workspace.Read("org.yaml"));
        Assert.StartsWith("--- a/org.yaml\n+++ b/org.yaml\n@@ -1,9 +1,11 @@\n", output, StringComparison.Ordinal);
        Assert.Contains("-  type: NGO\n+  type: ngo\n", output, StringComparison.Ordinal);
        Assert.Contains("org.yaml: applied 5 fixes.", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_workspace.Folder, "*.tmp"));
    }

    [Fact]
    public void Fix_DryRun_PrintsTheDiffAndWritesNothing()
    {
        _workspace.Write("org.yaml", Typos);

        var (exit, output, error) = _workspace.Run("fix", "org.yaml", "--dry-run");

        Assert.True(exit == 0, error);
        Assert.Contains("+hygiene:", output, StringComparison.Ordinal);
        Assert.Contains("would apply", error, StringComparison.Ordinal);
        Assert.Equal(Typos, _workspace.Read("org.yaml"));
    }

    [Fact]
    public void Fix_Twice_SecondRunChangesNothing()
    {
        _workspace.Write("org.yaml", Typos);
        Assert.Equal(0, _workspace.Run("fix", "org.yaml").Exit);

        var (exit, output, _) = _workspace.Run("fix", "org.yaml");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(Fixed, _workspace.Read("org.yaml"));
    }

    [Fact]
    public void Fix_CrlfAndByteOrderMark_KeepsBothBytesExactly()
    {
        var before = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Typos.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        _workspace.Write("org.yaml", before);

        var (exit, output, _) = _workspace.Run("fix", "org.yaml");

        Assert.Equal(0, exit);
        var expected = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixed.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        Assert.Equal(expected, File.ReadAllBytes(_workspace.PathOf("org.yaml")));
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_SelectedRule_AppliesOnlyItsFixesAndExits1ForTheRest()
    {
        _workspace.Write("org.yaml", Typos);

        var (exit, _, error) = _workspace.Run("fix", "org.yaml", "--rule", "ne0002");

        Assert.Equal(1, exit);
        Assert.Equal(Typos.Replace("hygeine", "hygiene", StringComparison.Ordinal), _workspace.Read("org.yaml"));
        Assert.Contains("NE0003", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_DiagnosticWithoutFix_Exits1AndNamesIt()
    {
        _workspace.Write("org.yaml", "apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name: X\n  type: ngo\n  country: NLD\n  assessedOn: 15/10/2026\n");

        var (exit, output, error) = _workspace.Run("fix", "org.yaml");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("org.yaml(7,15): error NE0003", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_FileChangedWhileFixing_IsNotWrittenAndExits2()
    {
        var path = _workspace.Write("org.yaml", Typos);
        Cli.Output.AtomicFile.Interposer.Value = stream =>
        {
            File.WriteAllText(path, "edited meanwhile\n"); // as an editor saving between the read and the write
            return stream;
        };
        try
        {
            var (exit, _, error) = _workspace.Run("fix", "org.yaml");

            Assert.Equal(2, exit);
            Assert.Contains("changed since it was read", error, StringComparison.Ordinal);
            Assert.Equal("edited meanwhile\n", _workspace.Read("org.yaml"));
            Assert.Empty(Directory.GetFiles(_workspace.Folder, "*.tmp"));
        }
        finally
        {
            Cli.Output.AtomicFile.Interposer.Value = null;
        }
    }

    [Fact]
    public void Fix_AddMissingOnOneLineDocument_WritesAQuestionnaireAndExits1ForTheNameToFill()
    {
        _workspace.Write("org.yaml", "apiVersion: norms/v1\n");

        var (exit, output, error) = _workspace.Run("fix", "org.yaml", "--add-missing");

        Assert.Equal(1, exit);
        Assert.Equal("apiVersion: norms/v1\nkind: Organisation\nmetadata:\n  name:  # The organisation's name. Declare text (required).\n", _workspace.Read("org.yaml"));
        Assert.Contains("+kind: Organisation\n", output, StringComparison.Ordinal);
        Assert.Contains("NE0007", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_AddMissingOnSparseSample_InsertsTheQuestionsAndSecondRunChangesNothing()
    {
        _workspace.CopySample("small-ngo.yaml");

        var first = _workspace.Run("fix", "small-ngo.yaml", "--add-missing");
        var second = _workspace.Run("fix", "small-ngo.yaml", "--add-missing");

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("+    lastRestoreTest:  # Last successful restore test. Declare a date as YYYY-MM-DD.\n", first.Output, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (second.Exit, second.Output));
    }

    [Theory]
    [InlineData("missing.yaml", "does not exist")]
    [InlineData("", "cannot read")]
    public void Fix_UnreadableFile_Exits2(string file, string message)
    {
        var (exit, _, error) = _workspace.Run("fix", file);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_InvalidUtf8_Exits2AndChangesNothing()
    {
        _workspace.Write("org.yaml", [0x61, 0xFF, 0x0A]);

        Assert.Equal(2, _workspace.Run("fix", "org.yaml").Exit);
        Assert.Equal([0x61, 0xFF, 0x0A], File.ReadAllBytes(_workspace.PathOf("org.yaml")));
    }

    [Fact]
    public void Fix_Folder_SkipsHiddenAndUnreadableFoldersAndFilesWithoutAHeader()
    {
        // 'norms fix .' in a repository: the CI workflow and a compose file are YAML, but not practices documents.
        const string Workflow = "name: ci\non: push\njobs: {}\n";
        const string Compose = "services:\n  web:\n    image: nginx\n";
        _workspace.Write(".github/workflows/ci.yml", Workflow);
        _workspace.Write("deploy/compose.yml", Compose);
        _workspace.Write("docs/org.yaml", WithHeader);

        // A folder the user cannot read is skipped, as 'norms check' skips it (root, or Windows, reads it anyway: then
        // only the rest is tested).
        var locked = Path.GetDirectoryName(_workspace.Write("locked/org.yaml", WithHeader))!;
        Lock(locked, UnixFileMode.None);
        (int Exit, string Output, string Error) run;
        try
        {
            run = _workspace.Run("fix", ".");
        }
        finally
        {
            Lock(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var (exit, output, error) = run;
        Assert.True(exit == 0, error);
        Assert.Equal(Workflow, _workspace.Read(".github/workflows/ci.yml"));
        Assert.Equal(Compose, _workspace.Read("deploy/compose.yml"));
        Assert.Equal(Fixed, _workspace.Read("docs/org.yaml"));
        Assert.DoesNotContain("ci.yml", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("compose.yml", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_ControlCharacterInDocument_DiffShowsItEscaped()
    {
        _workspace.Write("org.yaml", "metadata:\n  name: \"a\u001b[31mb\"\n  type: NGO\n  country: NLD\n");

        var (_, output, _) = _workspace.Run("fix", "org.yaml", "--dry-run");

        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.Contains("a\\u001B[31mb", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("hospital.yaml")]
    [InlineData("small-ngo.yaml")]
    [InlineData("transit-isp.yaml")]
    public void Fix_SampleWithMistakes_DiffMatchesSnapshot(string sample)
    {
        // The same slips in each sample: a misspelt section, an enum in capitals, a date with slashes, no apiVersion.
        var text = Workspace.Sample(sample)
            .Replace("apiVersion: norms/v1\n", string.Empty, StringComparison.Ordinal)
            .Replace("\nhygiene:", "\nhygeine:", StringComparison.Ordinal)
            .Replace("\nsupplyChain:", "\nsuplyChain:", StringComparison.Ordinal);
        text = TypeValue().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value.ToUpperInvariant(), 1);
        text = IsoDate().Replace(text, m => m.Value.Replace('-', '/'), 1);
        _workspace.Write(sample, text);

        var (exit, output, error) = _workspace.Run("fix", sample, "--dry-run");

        Assert.True(exit == 0, error);
        Assert.Equal(Workspace.Sample(sample), CodeFixesResult(text, sample));
        Snapshooter.Xunit.Snapshot.Match(output, Snapshooter.SnapshotNameExtension.Create(sample));
    }

    private static void Lock(string folder, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, mode);
        }
    }

    private static string CodeFixesResult(string text, string file) => NormsEngine.Diagnostics.CodeFixes.FixAll(text, file).Text;

    [GeneratedRegex(@"(\n  type: )([a-z]+)")]
    private static partial Regex TypeValue();

    [GeneratedRegex(@"(?<=: )\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
