using NormsEngine.Testing;

namespace Contoso.Norms.Tests;

public class ContosoPackTests
{
    [Theory]
    [InlineData("two-unvetted.yaml")]
    [InlineData("one-unvetted.yaml")]
    public void Fixture_Annotations_Hold(string fixture)
    {
        PackFixture.Run(Path.Combine(AppContext.BaseDirectory, "fixtures", fixture), new ContosoPack()).AssertExpectations();
    }

    [Fact]
    public void Fixture_ThreeUnvettedSuppliers_OneFindingPerPair()
    {
        var yaml = "apiVersion: norms/v1\nkind: Organisation\nmetadata: { name: X }\nsupplyChain:\n  suppliers:\n"
            + string.Concat(Enumerable.Range(0, 3).Select(i => $"    - {{ name: S{i}, critical: true, accessToProduction: true, securityClauses: false }}\n"));
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "three.yaml");
        File.WriteAllText(file, yaml);

        var result = PackFixture.Run(file, new ContosoPack());

        Assert.Equal(3, result.Report.Documents[0].Findings.Count(f => f.RuleId == "CTS0601"));
    }
}
