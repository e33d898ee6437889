using NormsEngine.Diagnostics;
using NormsEngine.Reporting;
using NormsEngine.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace NormsEngine.Tests.Reporting;

/// <summary>
/// Every output format on the bundled samples, against committed snapshots (<c>__snapshots__</c>): a change in
/// any format shows up as a diff to review. Each sample has a suppressed and a baselined finding and a run finding.
/// </summary>
public sealed class ReportFormatterSnapshotTests
{
    public static TheoryData<string> Samples() => ReportSamples.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Text_Sample_MatchesSnapshot(string sample) => Match("text", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void TextInColour_Sample_MatchesSnapshot(string sample) =>
        Snapshot.Match(Write(ReportFormatters.Create("text", colour: true), ReportSamples.Decorated(sample)), SnapshotNameExtension.Create(sample));

    [Theory]
    [MemberData(nameof(Samples))]
    public void MsBuild_Sample_MatchesSnapshot(string sample) => Match("msbuild", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Json_Sample_MatchesSnapshot(string sample) => Match("json", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sarif_Sample_MatchesSnapshot(string sample) => Match("sarif", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void JUnit_Sample_MatchesSnapshot(string sample) => Match("junit", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Markdown_Sample_MatchesSnapshot(string sample) => Match("markdown", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void GitHub_Sample_MatchesSnapshot(string sample) => Match("github", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void GitLab_Sample_MatchesSnapshot(string sample) => Match("gitlab", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Oscal_Sample_MatchesSnapshot(string sample) => Match("oscal", sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Html_SampleWithSource_MatchesSnapshot(string sample) =>
        Snapshot.Match(Write(ReportFormatters.Create("html"), HtmlReportFormatterTests.WithSource(ReportSamples.Decorated(sample))), SnapshotNameExtension.Create(sample));

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("markdown")]
    [InlineData("github")]
    [InlineData("gitlab")]
    [InlineData("oscal")]
    [InlineData("html")]
    public void AnyFormat_BothSamplesInOneRun_MatchesSnapshot(string format) =>
        Snapshot.Match(Write(ReportFormatters.Create(format), ReportSamples.Both()), SnapshotNameExtension.Create(format));

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("junit")]
    [InlineData("markdown")]
    [InlineData("github")]
    [InlineData("gitlab")]
    [InlineData("oscal")]
    [InlineData("html")]
    public void AnyFormat_SameReportTwice_SameBytesAndLfOnly(string format)
    {
        var first = Write(ReportFormatters.Create(format), ReportSamples.Both());
        var second = Write(ReportFormatters.Create(format), ReportSamples.Both());

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain(RepositoryPaths.Root, first, StringComparison.Ordinal);
    }

    private static void Match(string format, string sample) =>
        Snapshot.Match(Write(ReportFormatters.Create(format), ReportSamples.Decorated(sample)), SnapshotNameExtension.Create(sample));

    private static string Write(IReportFormatter formatter, Report report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(report, writer);
        return writer.ToString();
    }
}
