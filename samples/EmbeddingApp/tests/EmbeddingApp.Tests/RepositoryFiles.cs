namespace EmbeddingApp.Tests;

/// <summary>Finds files of this repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds NormsEngine.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string Read(params string[] relative) => File.ReadAllText(Path.Combine([Root, .. relative]));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NormsEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds NormsEngine.sln.");
    }
}
