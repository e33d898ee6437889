namespace NormsEngine.Cli.Tests.Commands;

/// <summary>A temporary folder that tests run the tool in: documents, configuration and baselines with relative paths.</summary>
internal sealed class Workspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("norms-cli-").FullName;

    public static string Sample(string name) =>
        File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "samples", "organisations", name));

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string CopySample(string name, string? relativePath = null) => Write(relativePath ?? name, Sample(name));

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Folder, relativePath));

    /// <summary>Runs the tool in this folder.</summary>
    public (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.RunIn(Folder, null, args);

    /// <summary>Runs the tool in this folder with <paramref name="input"/> on standard input.</summary>
    public (int Exit, string Output, string Error) RunWithInput(string input, params string[] args) => CliRunner.RunIn(Folder, input, args);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
