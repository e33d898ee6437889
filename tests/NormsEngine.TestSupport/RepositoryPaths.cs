namespace NormsEngine.TestSupport;

/// <summary>
/// Finds the repository root (the folder holding NormsEngine.sln) and the shared folder beside it, so tests read
/// real files wherever the test assembly runs from.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The environment variable that overrides where the shared folder is.</summary>
    public const string SharedDirectoryVariable = "NORMS_SHARED_DIR";

    private const string SolutionFile = "NormsEngine.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test assembly that holds NormsEngine.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The committed JSON Schemas: <c>src/NormsEngine/Schemas</c>.</summary>
    public static string SchemasDirectory => Combine("src", "NormsEngine", "Schemas");

    /// <summary>The bundled sample organisations: <c>samples/organisations</c>.</summary>
    public static string SamplesDirectory => Combine("samples", "organisations");

    /// <summary>A path under the repository root.</summary>
    /// <param name="parts">The path's parts from the root, e.g. <c>"rules", "packs"</c>.</param>
    /// <returns>The full path.</returns>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shared folder: <c>NORMS_SHARED_DIR</c> when set, otherwise <c>&lt;root&gt;/../shared</c>. It may not exist.</summary>
    public static string SharedDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(SharedDirectoryVariable);
            return string.IsNullOrWhiteSpace(configured)
                ? Path.GetFullPath(Path.Combine(Root, "..", "shared"))
                : Path.GetFullPath(configured);
        }
    }

    /// <summary>Whether the shared folder exists.</summary>
    public static bool SharedDirectoryExists => Directory.Exists(SharedDirectory);

    /// <summary>
    /// A folder under the shared folder. Fails (never skips) with a message saying where it looked and how to
    /// point the tests elsewhere, because a missing corpus must not turn into a green run.
    /// </summary>
    /// <param name="relative">The folder's path relative to the shared folder.</param>
    /// <returns>The folder's full path.</returns>
    public static string RequireSharedDirectory(string relative)
    {
        var path = Path.Combine(SharedDirectory, relative);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException(
                $"The shared test folder '{path}' does not exist. These tests need it; set {SharedDirectoryVariable} " +
                $"to the folder that holds '{relative}' (default: <repository root>/../shared, root = '{Root}').");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFile}; cannot find the repository root.");
    }
}
