using NormsEngine.Engine;

namespace NormsEngine.Tests.Engine;

public class FilePathHintTests
{
    [Theory]
    [InlineData("brindle.yaml")]
    [InlineData("  brindle.yml \n")]
    [InlineData("policies/brindle.YAML")]
    [InlineData("./policies/my org.yaml")]
    [InlineData(@"C:\policies\brindle.yaml")]
    [InlineData("/home/me/brindle.yml")]
    public void LooksLikePath_OneLineEndingInYamlExtension_True(string text) =>
        Assert.True(FilePathHint.LooksLikePath(text));

    [Theory]
    [InlineData("")]
    [InlineData("brindle")]
    [InlineData("brindle.json")]
    [InlineData("brindle.yaml.bak")]
    [InlineData("a\nbrindle.yaml")]
    [InlineData("file: brindle.yaml")]
    [InlineData("- brindle.yaml")]
    [InlineData("# brindle.yaml")]
    [InlineData("{ a: brindle.yaml }")]
    [InlineData("'brindle.yaml'")]
    public void LooksLikePath_TextYamlReadsOtherwise_False(string text) =>
        Assert.False(FilePathHint.LooksLikePath(text));

    [Fact]
    public void LooksLikePath_LongerThanAnyPath_False() =>
        Assert.False(FilePathHint.LooksLikePath(new string('a', 2000) + ".yaml"));
}
