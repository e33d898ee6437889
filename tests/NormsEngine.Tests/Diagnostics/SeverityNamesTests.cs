using NormsEngine.Diagnostics;

namespace NormsEngine.Tests.Diagnostics;

public sealed class SeverityNamesTests
{
    [Fact]
    public void Name_EverySeverity_ReadsBackAsItself()
    {
        foreach (var severity in Enum.GetValues<Severity>())
        {
            Assert.True(SeverityNames.TryParse(SeverityNames.Name(severity), ignoreCase: false, out var read));
            Assert.Equal(severity, read);
        }

        Assert.Equal(Enum.GetValues<Severity>().Select(SeverityNames.Name).OrderDescending(StringComparer.Ordinal), SeverityNames.All.OrderDescending(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Warning", true, true)]
    [InlineData("ERROR", true, true)]
    [InlineData("Warning", false, false)]
    [InlineData("warning", false, true)]
    [InlineData("ınfo", true, false)] // dotless i: only ASCII letters match in any case, as in configuration.schema.json
    [InlineData("fatal", true, false)]
    [InlineData("", true, false)]
    [InlineData(null, true, false)]
    public void TryParse_Case_FollowsIgnoreCase(string? name, bool ignoreCase, bool expected)
    {
        Assert.Equal(expected, SeverityNames.TryParse(name, ignoreCase, out _));
    }

    [Fact]
    public void RuleDefaults_AreEveryNameButNone()
    {
        Assert.Equal(["error", "warning", "info"], SeverityNames.RuleDefaults);
    }
}
