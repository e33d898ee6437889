namespace NormsEngine.Tests.Schemas;

/// <summary>Where the schema tests find the repository's files: the folder holding NormsEngine.sln, found from the test binaries.</summary>
internal static class SchemaTestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string SchemasDirectory => Path.Combine(RepositoryRoot, "src", "NormsEngine", "Schemas");

    public static string FixturesDirectory => Path.Combine(RepositoryRoot, "tests", "NormsEngine.Tests", "Schemas", "fixtures");

    public static string SamplesDirectory => Path.Combine(RepositoryRoot, "samples", "organisations");

    public static string AjvToolsDirectory => Path.Combine(RepositoryRoot, "tests", "tools", "ajv");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NormsEngine.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds NormsEngine.sln.");
    }
}
