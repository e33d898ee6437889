using NormsEngine.Diagnostics;
using NormsEngine.Packs;
using NormsEngine.TestSupport;

namespace NormsEngine.ParisCall.Tests;

/// <summary>
/// Every help link a shipped descriptor emits (SARIF <c>helpUri</c>, <c>norms rules describe</c>, the outputs) that
/// points into this repository's main branch names a file that exists. Lives here because this is the test project
/// that sees the engine, the Paris Call pack and the YAML packs of <c>rules/packs/</c> together.
/// </summary>
public sealed class ShippedHelpLinksTests
{
    private const string RepositoryBlob = "https://github.com/normsengine/normsengine/blob/main/";

    [Fact]
    public void HelpUri_EveryShippedDescriptorIntoTheRepository_NamesAFileThatExists()
    {
        var root = RepositoryPaths.Root;
        var builtIn = EngineDiagnostics.All.Concat(new ParisCallPack().Descriptors).ToList();
        var shipped = builtIn.Concat(YamlPackDescriptors(root)).ToList();

        // The built-in descriptors derive their links from their IDs: all of them must point into the repository,
        // so the check below can never pass by looking at nothing.
        Assert.All(builtIn, d => Assert.StartsWith(RepositoryBlob, d.HelpUri?.AbsoluteUri, StringComparison.Ordinal));
        var broken = shipped
            .Where(d => d.HelpUri is { } link && link.AbsoluteUri.StartsWith(RepositoryBlob, StringComparison.Ordinal))
            .Where(d => !File.Exists(RepositoryFile(root, d.HelpUri!)))
            .Select(d => $"{d.Id}: {d.HelpUri}")
            .ToList();

        Assert.True(broken.Count == 0, "Help links to files that do not exist:" + Environment.NewLine + string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void RulePacks_Folder_HoldsYamlPacksThatLoad()
    {
        var descriptors = YamlPackDescriptors(RepositoryPaths.Root).ToList();

        Assert.NotEmpty(descriptors);
    }

    /// <summary>The descriptors of every YAML pack in <c>rules/packs/*/</c>; a pack that does not load fails the test.</summary>
    private static IEnumerable<RuleDescriptor> YamlPackDescriptors(string root)
    {
        var thresholds = new ParisCallPack().Thresholds.Keys.ToList();
        foreach (var folder in Directory.GetDirectories(Path.Combine(root, "rules", "packs")).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var result = RulePackFile.Load(file, thresholds);
                Assert.True(result.Pack is not null, $"{file} does not load: {string.Join(Environment.NewLine, result.Errors)}");
                foreach (var descriptor in result.Pack.Descriptors)
                {
                    yield return descriptor;
                }
            }
        }
    }

    /// <summary>The local file a link into the repository's main branch names, without its fragment or query.</summary>
    private static string RepositoryFile(string root, Uri link)
    {
        var relative = Uri.UnescapeDataString(link.AbsolutePath[new Uri(RepositoryBlob).AbsolutePath.Length..]);
        return Path.Combine([root, .. relative.Split('/')]);
    }
}
