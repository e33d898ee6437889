using NormsEngine.Schemas;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests.Schemas;

/// <summary>The assembly embeds every committed schema, byte for byte, under the name 'norms schema' takes.</summary>
public sealed class EmbeddedSchemasTests
{
    [Fact]
    public void Names_EveryCommittedSchema_OrganisationFirst()
    {
        var committed = Directory.GetFiles(RepositoryPaths.SchemasDirectory, "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal("organisation", EmbeddedSchemas.Names[0]);
        Assert.Equal(committed.Order(StringComparer.Ordinal), EmbeddedSchemas.Names.Order(StringComparer.Ordinal));
        Assert.Contains("rule-pack", EmbeddedSchemas.Names);
        Assert.Contains("configuration", EmbeddedSchemas.Names);
        Assert.Contains("report", EmbeddedSchemas.Names);
    }

    [Fact]
    public void Read_EveryName_EqualsTheCommittedFile()
    {
        Assert.All(EmbeddedSchemas.Names, name =>
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasDirectory, EmbeddedSchemas.FileName(name))), EmbeddedSchemas.Read(name)));
    }

    [Fact]
    public void Read_UnknownName_ReturnsNull()
    {
        Assert.Null(EmbeddedSchemas.Read("nonsense"));
    }
}
