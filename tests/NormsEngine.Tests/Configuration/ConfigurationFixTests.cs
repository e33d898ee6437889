using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Configuration;

/// <summary>The fixes of NE0103 in norms.config.yaml: a misspelt setting or value with one close name.</summary>
public sealed class ConfigurationFixTests
{
    private const string Header = "apiVersion: norms/v1\nkind: Configuration\n";

    [Fact]
    public void FixAll_MisspeltKeyAndValue_RenamesBothAndKeepsComments()
    {
        var text = Header + "principels:          # the principles\n  P3: nnoe           # not ours\n";

        var (fixedText, applied) = CodeFixes.FixAll(text, "norms.config.yaml");

        Assert.Equal(Header + "principles:          # the principles\n  P3: none           # not ours\n", fixedText);
        Assert.Equal(2, applied);
        Assert.Empty(CodeFixes.Diagnose(fixedText, "norms.config.yaml"));
    }

    [Fact]
    public void Diagnose_MisspeltKey_IsNe0103WithItsFix()
    {
        var finding = Assert.Single(CodeFixes.Diagnose(Header + "faillOn: warning\n", "norms.config.yaml"));

        Assert.Equal("NE0103", finding.RuleId);
        Assert.Equal("Rename 'faillOn' to 'failOn'", Assert.Single(finding.Fixes).Title);
    }
}
