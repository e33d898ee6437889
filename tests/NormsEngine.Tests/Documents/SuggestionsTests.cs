using NormsEngine.Documents;

namespace NormsEngine.Tests.Documents;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("adminPtc", "adminPct")]
    [InlineData("ADMINPCT", "adminPct")]
    [InlineData("remoteAccesPct", "remoteAccessPct")]
    [InlineData("completely-different", null)]
    public void Closest_Typo_ReturnsClosestName(string typo, string? expected)
    {
        Assert.Equal(expected, Suggestions.Closest(typo, ["externalAppsPct", "remoteAccessPct", "adminPct"]));
    }

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void EditDistance_Pairs_ReturnsOptimalAlignmentDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.EditDistance(a, b));
    }

    [Fact]
    public void Nearest_NothingClose_StillGivesTheNearest()
    {
        Assert.Null(Suggestions.Closest("ZZ9999", ["PC0101", "PC0702"]));
        Assert.Equal("PC0702", Suggestions.Nearest("PC0720", ["PC0101", "PC0702"]));
        Assert.Equal("PC0101", Suggestions.Nearest("ZZ9999", ["PC0101", "PC0702"]));
        Assert.Null(Suggestions.Nearest("x", []));
    }

    [Theory]
    [InlineData("adminPtc", "adminPct")]
    [InlineData("Partial", "partial")]
    [InlineData("cat", null)] // 'bat' and 'car' are as close: a fix would guess
    [InlineData("completely-different", null)]
    public void Unambiguous_Typo_ReturnsTheOnlyClosestName(string typo, string? expected)
    {
        Assert.Equal(expected, Suggestions.Unambiguous(typo, ["adminPct", "partial", "bat", "car"]));
    }
}
