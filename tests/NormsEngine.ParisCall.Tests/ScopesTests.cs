namespace NormsEngine.ParisCall.Tests;

/// <summary>The scopes the pack describes for explanations (<see cref="ParisCallPack.Scopes"/>).</summary>
public sealed class ScopesTests
{
    [Fact]
    public void Scopes_EveryScopeARuleNames_IsDescribed()
    {
        var named = new ParisCallPack().Descriptors
            .Select(d => d.Tags.Single(t => t.StartsWith("scope:", StringComparison.Ordinal))["scope:".Length..])
            .Where(s => s != "all")
            .ToHashSet(StringComparer.Ordinal);

        var described = new ParisCallPack().Scopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(named.Except(described));
    }

    [Fact]
    public void Scopes_Described_NameEveryPathTheyRead()
    {
        foreach (var scope in new ParisCallPack().Scopes)
        {
            Assert.NotEmpty(scope.Paths);
            Assert.All(scope.Paths, path => Assert.Contains(path, scope.Description, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Scopes_Described_AreUniqueByName()
    {
        var names = new ParisCallPack().Scopes.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
