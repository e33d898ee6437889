using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Packs;

/// <summary>The fixes of NE0101 in YAML rule packs: misspelt paths, operators and rule keys with one close name.</summary>
public sealed class PackFixTests
{
    private const string Pack = """
        apiVersion: norms/v1
        kind: RulePack
        metadata:
          id: demo.pack
          version: 1.0.0
          title: Demo
        rules:
          - id: DEM0101
            title: Suppliers are inventoried
            principle: P6
            severity: error
            failsWhen:
              supplyChain.supplierInventory: { equals: false }   # the inventory
            message: "No inventory"

        """;

    [Theory]
    [InlineData("supplyChain.suplierInventory: { equals: false }", "path")]
    [InlineData("supplyChain.supplierInventory: { equls: false }", "operator")]
    [InlineData("suplyChain.supplierInvetory: { equals: false }", "two segments of a path")]
    public void FixAll_MisspeltName_GivesBackThePack(string line, string what)
    {
        var mistyped = Pack.Replace("supplyChain.supplierInventory: { equals: false }", line, StringComparison.Ordinal);
        Assert.NotEmpty(CodeFixes.Diagnose(mistyped, "demo.yaml"));

        var (fixedText, _) = CodeFixes.FixAll(mistyped, "demo.yaml");

        Assert.True(fixedText == Pack, what);
    }

    [Fact]
    public void FixAll_MisspeltRuleKey_RenamesIt()
    {
        var mistyped = Pack.Replace("    severity: error", "    severty: error", StringComparison.Ordinal);

        Assert.Equal(Pack, CodeFixes.FixAll(mistyped, "demo.yaml").Text);
    }
}
