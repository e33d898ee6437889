using System.Text.Json;
using NormsEngine.ParisCall;
using NormsEngine.TestSupport;
using NormsEngine.TestSupport.Tools;

namespace NormsEngine.Cli.Tests.Commands;

/// <summary>
/// <c>norms catalog</c>: the loaded packs as an OSCAL 1.1.3 catalog, valid against NIST's schema, whose objectives the
/// findings of <c>norms check --format oscal</c> over the same packs target.
/// </summary>
public sealed class CatalogCommandTests : IDisposable
{
    private const string RootConfiguration = "apiVersion: norms/v1\nkind: Configuration\nroot: true\n";

    private readonly Workspace _workspace = new();

    public CatalogCommandTests() => _workspace.Write("norms.config.yaml", RootConfiguration);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Catalog_NoOption_ParisCallCatalogOnStandardOutput()
    {
        var (exit, output, error) = _workspace.Run("catalog");

        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error);
        var controls = OscalSchemas.ControlIds(output);
        // A control per rule of the newest release: the catalog follows the pack.
        Assert.Equal(new ParisCallPack().Descriptors.Select(d => d.Id.ToLowerInvariant()).Order(StringComparer.Ordinal), controls.Order(StringComparer.Ordinal));
        Assert.Contains("pc0101", controls);
        Assert.Equal(output, _workspace.Run("catalog", "--format", "oscal").Output);
    }

    [Fact]
    public void Catalog_PackAndOutput_ValidFileThatTheCheckResultsOfTheSamePacksTarget()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("late.yaml", PackFiles.LateWarning);
        _workspace.CopySample("hospital.yaml");

        var catalog = _workspace.Run("catalog", "--pack", "contoso.nis2.yaml", "--output", "out/catalog.json");
        var check = _workspace.Run("check", "late.yaml", "hospital.yaml", "--pack", "contoso.nis2.yaml", "--format", "oscal", "--output", "out/results.json");

        Assert.True(catalog.Exit == 0, catalog.Error);
        Assert.Equal(string.Empty, catalog.Output);
        Assert.Equal(1, check.Exit);
        var catalogJson = _workspace.Read("out/catalog.json");
        var results = _workspace.Read("out/results.json");
        Assert.Contains("cts0101", OscalSchemas.ControlIds(catalogJson));
        Assert.Contains("\"target-id\": \"cts0101_obj\"", results, StringComparison.Ordinal);
        Assert.True(OscalSchemas.AssertConsistent(results, catalogJson) > 0);
        OscalSchemas.AssertValid(OscalSchemas.Catalog, new Dictionary<string, string> { ["catalog.json"] = catalogJson });
        OscalSchemas.AssertValid(OscalSchemas.AssessmentResults, new Dictionary<string, string> { ["results.json"] = results });
    }

    [Fact]
    public void Catalog_ConfigurationNamesAPack_ThePackIsInTheCatalog()
    {
        _workspace.Write("contoso.nis2.yaml", PackFiles.Nis2);
        _workspace.Write("norms.config.yaml", RootConfiguration + "packs:\n  - paris-call\n  - ./contoso.nis2.yaml\n");

        var (exit, output, error) = _workspace.Run("catalog");

        Assert.True(exit == 0, error);
        Assert.Contains("cts0102", OscalSchemas.ControlIds(output));
        using var json = JsonDocument.Parse(output);
        Assert.EndsWith(", contoso.nis2 1.2.0", json.RootElement.GetProperty("catalog").GetProperty("metadata").GetProperty("version").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_UnknownPack_Exit2NamingIt()
    {
        var (exit, output, error) = _workspace.Run("catalog", "--pack", "nothing-here");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("unknown pack 'nothing-here'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_BrokenPack_Exit2WithTheLocatedErrorAndNoFile()
    {
        _workspace.Write("broken.yaml", "apiVersion: norms/v1\nkind: RulePack\nmetadata: [\n");

        var (exit, _, error) = _workspace.Run("catalog", "--pack", "broken.yaml", "--output", "catalog.json");

        Assert.Equal(2, exit);
        Assert.Matches(@"broken\.yaml\(\d+,\d+\): error NE0101", error);
        Assert.False(_workspace.Exists("catalog.json"));
    }

    [Fact]
    public void Catalog_FormatOtherThanOscal_Exit2()
    {
        var (exit, _, error) = _workspace.Run("catalog", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("oscal", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_Help_ListedWithExamples()
    {
        var help = _workspace.Run("--help").Output;
        var own = _workspace.Run("catalog", "--help").Output;

        Assert.Contains("catalog", help, StringComparison.Ordinal);
        Assert.Contains("norms catalog --output paris-call.catalog.json", own, StringComparison.Ordinal);
    }
}
