using NormsEngine.Documents;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Documents;

public sealed class SourceMapTests
{
    private static readonly string Text = Yaml.Document(
        "hygiene:",                  // 5
        "  mfa:",                    // 6
        "    adminPct: 80",          // 7
        "supplyChain:",              // 8
        "  suppliers:",              // 9
        "    - name: Alpha",         // 10
        "    - name: Beta",          // 11
        "      critical: true");     // 12

    private readonly SourceMap _map = Assert.Single(new DocumentLoader().Load(Text, "org.yaml")).SourceMap;

    [Fact]
    public void Find_Section_ReturnsTheKeySpan()
    {
        var location = _map.Find("hygiene")!;

        Assert.Equal(("org.yaml", "hygiene", 5, 1, 5, 8), (location.File, location.Path, location.Line, location.Column, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Find_ListItem_ReturnsTheItemStart()
    {
        var location = _map.Find("supplyChain.suppliers[1]")!;

        Assert.Equal(("supplyChain.suppliers[1]", 11, 7), (location.Path, location.Line, location.Column));
    }

    [Fact]
    public void Find_Value_ReturnsTheValueSpan()
    {
        var name = _map.Find("supplyChain.suppliers[1].name")!;
        var critical = _map.Find("supplyChain.suppliers[1].critical")!;

        Assert.Equal((11, 13, 11, 17), (name.Line, name.Column, name.EndLine, name.EndColumn));
        Assert.Equal((12, 17, 12, 21), (critical.Line, critical.Column, critical.EndLine, critical.EndColumn));
    }

    [Fact]
    public void Find_UndeclaredPath_ReturnsNull()
    {
        Assert.Null(_map.Find("hygiene.mfa.remoteAccessPct"));
        Assert.False(_map.Contains("hygiene.mfa.remoteAccessPct"));
        Assert.True(_map.Contains("hygiene.mfa.adminPct"));
    }

    [Fact]
    public void FindNearest_UndeclaredField_ReturnsDeclaredParent()
    {
        var location = _map.FindNearest("hygiene.mfa.remoteAccessPct");

        Assert.Equal(("hygiene.mfa", 6, 3), (location.Path, location.Line, location.Column));
    }

    [Fact]
    public void FindNearest_UndeclaredFieldOfListItem_ReturnsTheItem()
    {
        var location = _map.FindNearest("supplyChain.suppliers[0].lastAssessment");

        Assert.Equal(("supplyChain.suppliers[0]", 10, 7), (location.Path, location.Line, location.Column));
    }

    [Fact]
    public void FindNearest_UndeclaredSection_ReturnsTheRoot()
    {
        var location = _map.FindNearest("lifecycle.sbom.produced");

        Assert.Equal((string.Empty, 1, 1), (location.Path, location.Line, location.Column));
    }

    [Fact]
    public void FindNearest_DeclaredPath_ReturnsThePath()
    {
        Assert.Equal(_map.Find("hygiene.mfa.adminPct"), _map.FindNearest("hygiene.mfa.adminPct"));
    }

    [Fact]
    public void Paths_Document_ListsEveryDeclaredPath()
    {
        Assert.Equal(
            [
                string.Empty, "apiVersion", "hygiene", "hygiene.mfa", "hygiene.mfa.adminPct", "kind", "metadata", "metadata.name",
                "supplyChain", "supplyChain.suppliers", "supplyChain.suppliers[0]", "supplyChain.suppliers[0].name",
                "supplyChain.suppliers[1]", "supplyChain.suppliers[1].critical", "supplyChain.suppliers[1].name",
            ],
            _map.Paths.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a.b[2].c", "a.b[2]")]
    [InlineData("a.b[2]", "a.b")]
    [InlineData("a.b", "a")]
    [InlineData("a", "")]
    [InlineData("", "")]
    [InlineData("a[0][1]", "a[0]")]
    public void Parent_Path_ReturnsParentPath(string path, string expected)
    {
        Assert.Equal(expected, SourceMap.Parent(path));
    }
}
