using NormsEngine.Packs;

namespace NormsEngine.Tests.Packs;

public sealed class PackReferenceTests
{
    [Theory]
    [InlineData("paris-call", PackReferenceKind.Name)]
    [InlineData("contoso", PackReferenceKind.Name)]
    [InlineData("sup.yml", PackReferenceKind.YamlFile)]
    [InlineData("sup.yaml", PackReferenceKind.YamlFile)]
    [InlineData("SUP.YML", PackReferenceKind.YamlFile)]
    [InlineData("Pack.Yaml", PackReferenceKind.YamlFile)]
    [InlineData("./packs/x.yml", PackReferenceKind.YamlFile)]
    [InlineData("packs/contoso", PackReferenceKind.YamlFile)]
    [InlineData(@"packs\contoso.yaml", PackReferenceKind.YamlFile)]
    [InlineData("Contoso.Norms.dll", PackReferenceKind.Assembly)]
    [InlineData("bin/Contoso.Norms.DLL", PackReferenceKind.Assembly)]
    [InlineData("notes.txt", PackReferenceKind.Name)]
    public void Classify_Reference_TellsWhatItNames(string reference, PackReferenceKind expected)
    {
        Assert.Equal(expected, PackReference.Classify(reference));
        Assert.Equal(expected != PackReferenceKind.Name, PackReference.IsFile(reference));
    }
}
