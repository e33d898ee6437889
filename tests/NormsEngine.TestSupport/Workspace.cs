namespace NormsEngine.TestSupport;

/// <summary>
/// A temporary folder for one test, deleted when disposed: documents, configurations, packs and baselines written
/// with relative paths, and read back. The CLI tests run the tool in it.
/// </summary>
public sealed class Workspace : IDisposable
{
    /// <summary>Creates an empty folder under the system's temporary folder.</summary>
    /// <param name="prefix">The start of the folder's name, so that a leftover folder says which tests made it.</param>
    public Workspace(string prefix = "norms-test-")
    {
        Folder = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Folder { get; }

    /// <summary>The text of a bundled sample organisation (<c>samples/organisations/NAME</c>).</summary>
    public static string Sample(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.SamplesDirectory, name));

    /// <summary>The full path of a file or folder in the workspace.</summary>
    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath);

    /// <summary>Writes a text file (UTF-8, no BOM), creating its folders; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a file of these exact bytes, creating its folders; returns its full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a bundled sample organisation into the workspace; returns its full path.</summary>
    public string CopySample(string name, string? relativePath = null) => Write(relativePath ?? name, Sample(name));

    /// <summary>The text of a file in the workspace.</summary>
    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Whether a file exists in the workspace.</summary>
    public bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
