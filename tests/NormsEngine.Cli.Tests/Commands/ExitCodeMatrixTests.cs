using System.Text.Json;
using NormsEngine.TestSupport;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// Exit codes over failOn x findings x baseline x suppressions, each case in its own folder with a
/// norms.config.yaml. hospital.yaml has two warnings (PC0708, PC0608) and no error; transit-isp.yaml has an
/// error (PC0701), warnings and an info finding.
/// </summary>
public sealed class ExitCodeMatrixTests : IDisposable
{
    private const string Hospital = "hospital.yaml";
    private const string Transit = "transit-isp.yaml";

    private static readonly Dictionary<string, string> Suppressions = new(StringComparer.Ordinal)
    {
        ["none"] = string.Empty,
        ["warnings"] = """
            suppressions:
              - rule: PC0708
                path: hygiene.endOfLifeSoftwareCount
                justification: The two MRI consoles are segmented; replacements are ordered.
                owner: it-security@chu.example
                expires: 2099-12-31
              - rule: PC0608
                path: supplyChain.*
                document: "**/hospital.yaml"
                justification: Reassessment of Clinisoft is booked for November.
                owner: procurement@chu.example
                expires: 2099-12-31
            """,
        ["error"] = """
            suppressions:
              - rule: PC0701
                justification: The last legacy portal moves behind SSO this quarter.
                owner: ciso@nordwelle.example
                expires: 2099-12-31
            """,
        ["expired"] = """
            suppressions:
              - rule: PC0708
                justification: Replacements were due in 2019.
                owner: it-security@chu.example
                expires: 2020-01-01
            """,
        ["unjustified"] = """
            suppressions:
              - rule: PC0708
                owner: it-security@chu.example
                expires: 2099-12-31
            """,
        ["stale"] = """
            suppressions:
              - rule: PC0708
                justification: The two MRI consoles are segmented.
                expires: 2099-12-31
              - rule: PC0608
                justification: Reassessment booked.
                expires: 2099-12-31
              - rule: PC0101
                path: incidentResponse.plan
                justification: Left over from last year.
                expires: 2099-12-31
            """,
    };

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    // failOn x findings, no baseline, no suppressions
    [InlineData(Hospital, "error", null, false, "none", 0)]
    [InlineData(Hospital, "warning", null, false, "none", 1)]
    [InlineData(Hospital, "info", null, false, "none", 1)]
    [InlineData(Hospital, "none", null, false, "none", 0)]
    [InlineData(Transit, "error", null, false, "none", 1)]
    [InlineData(Transit, "warning", null, false, "none", 1)]
    [InlineData(Transit, "none", null, false, "none", 0)]
    // --fail-on overrides the configuration's failOn
    [InlineData(Hospital, "warning", "error", false, "none", 0)]
    [InlineData(Hospital, "error", "warning", false, "none", 1)]
    [InlineData(Transit, "error", "none", false, "none", 0)]
    // baseline: baselined findings never fail the run
    [InlineData(Hospital, "warning", null, true, "none", 0)]
    [InlineData(Hospital, "info", null, true, "none", 0)]
    [InlineData(Transit, "error", null, true, "none", 0)]
    [InlineData(Transit, "info", null, true, "none", 0)]
    // suppressions: suppressed findings do not fail the run; bad suppressions do
    [InlineData(Hospital, "warning", null, false, "warnings", 0)]
    [InlineData(Hospital, "info", null, false, "warnings", 0)]
    [InlineData(Transit, "error", null, false, "error", 0)]
    [InlineData(Transit, "warning", null, false, "error", 1)]
    [InlineData(Hospital, "error", null, false, "expired", 1)]
    [InlineData(Hospital, "error", null, false, "unjustified", 1)]
    [InlineData(Hospital, "error", null, false, "stale", 0)]
    [InlineData(Hospital, "warning", null, false, "stale", 1)]
    // suppressions and baseline together
    [InlineData(Hospital, "warning", null, true, "warnings", 0)]
    [InlineData(Transit, "warning", null, true, "error", 0)]
    public void Check_Matrix_ExitCode(string document, string failOn, string? failOnArgument, bool baseline, string suppressions, int expected)
    {
        _workspace.CopySample(document, "docs/" + document);
        _workspace.Write("docs/norms.config.yaml", $"apiVersion: norms/v1\nkind: Configuration\nroot: true\nfailOn: {failOn}\n{Suppressions[suppressions]}");
        if (baseline)
        {
            var created = _workspace.Run("baseline", "create", "docs");
            Assert.True(created.Exit == 0, created.Error);
        }

        string[] arguments = ["check", "docs", "--format", "json", .. failOnArgument is null ? [] : new[] { "--fail-on", failOnArgument }, .. baseline ? ["--baseline", "norms.baseline.json"] : Array.Empty<string>()];
        var (exit, output, error) = _workspace.Run(arguments);

        Assert.True(expected == exit, $"expected exit {expected}, got {exit}\n{error}\n{output}");
    }

    [Fact]
    public void Check_ExpiredUnjustifiedAndStaleSuppressions_AreReportedAsNe0301Ne0303AndNe0302()
    {
        _workspace.CopySample(Hospital);
        _workspace.Write("norms.config.yaml", "apiVersion: norms/v1\nkind: Configuration\nroot: true\n" + """
            suppressions:
              - rule: PC0708
                justification: Replacements were due in 2019.
                expires: 2020-01-01
              - rule: PC0608
              - rule: PC0101
                path: incidentResponse.plan
                justification: Left over.
            """);

        var (exit, output, _) = _workspace.Run("check", Hospital, "--format", "json");

        Assert.Equal(1, exit);
        foreach (var id in new[] { "NE0301", "NE0302", "NE0303" })
        {
            Assert.Contains(id, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_InDocumentSuppressions_SuppressTheNodeAndItsChildren()
    {
        var text = Workspace.Sample(Hospital)
            .Replace("  endOfLifeSoftwareCount: 2", "  # norms-ignore PC0708: the MRI consoles are segmented; replacements are ordered\n  endOfLifeSoftwareCount: 2", StringComparison.Ordinal)
            .Replace("    - name: Clinisoft Records GmbH", "    # norms-ignore PC0608: reassessment booked for November\n    - name: Clinisoft Records GmbH", StringComparison.Ordinal);
        _workspace.Write(Hospital, text);

        var (exit, output, _) = _workspace.Run("check", Hospital, "--format", "json", "--fail-on", "warning");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.True(f.GetProperty("suppressed").GetBoolean()));
        Assert.All(findings, f => Assert.Equal("inSource", f.GetProperty("suppression").GetProperty("kind").GetString()));
    }

    [Fact]
    public void Check_InDocumentSuppressionWithoutReason_IsNe0303AndFails()
    {
        var text = Workspace.Sample(Hospital)
            .Replace("  endOfLifeSoftwareCount: 2", "  endOfLifeSoftwareCount: 2 # norms-ignore PC0708", StringComparison.Ordinal);
        _workspace.Write(Hospital, text);

        var (exit, output, _) = _workspace.Run("check", Hospital);

        Assert.Equal(1, exit);
        Assert.Contains("NE0303", output, StringComparison.Ordinal);
    }
}
