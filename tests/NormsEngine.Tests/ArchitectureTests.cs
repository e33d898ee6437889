using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NormsEngine.Engine;
using NormsEngine.TestSupport;

namespace NormsEngine.Tests;

/// <summary>
/// The shape DESIGN.md gives the library, kept by tests: the namespaces of <c>src/NormsEngine</c> depend on each other
/// without a cycle (read from the <c>using</c> lines and qualified names of the sources), rule packs never see the
/// engine, reports see only diagnostics, and the tool is built on public API alone.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Namespaces =
        ["Configuration", "DependencyInjection", "Diagnostics", "Documents", "Engine", "Model", "Packs", "Reporting", "Rules", "Schemas"];

    [Fact]
    public void Namespaces_UsingLines_FormNoCycle()
    {
        var graph = DependencyGraph();

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, $"Namespace cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Theory]
    [InlineData("Packs", "Engine")]
    [InlineData("Packs", "Configuration")]
    [InlineData("Rules", "Engine")]
    [InlineData("Rules", "Packs")]
    [InlineData("Documents", "Engine")]
    [InlineData("Diagnostics", "Engine")]
    [InlineData("Model", "Documents")]
    public void Namespaces_Layering_LowerNeverImportsHigher(string lower, string higher)
    {
        var graph = DependencyGraph();

        Assert.DoesNotContain(higher, graph.GetValueOrDefault(lower) ?? []);
    }

    [Fact]
    public void Reporting_Sources_DependOnDiagnosticsOnly()
    {
        var graph = DependencyGraph();

        Assert.Equal(["Diagnostics"], graph["Reporting"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InternalsVisibleTo_Library_DoesNotNameTheTool()
    {
        var friends = typeof(NormsEvaluator).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName)
            .ToList();

        Assert.NotEmpty(friends);
        Assert.DoesNotContain("norms", friends);
        Assert.DoesNotContain(friends, f => f.StartsWith("NormsEngine.Cli", StringComparison.Ordinal));
    }

    private static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var root = RepositoryPaths.Combine("src", "NormsEngine");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups[1].Value;
            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match used in Reference().Matches(text))
            {
                var to = used.Groups[1].Value;
                if (to != from && Namespaces.Contains(to))
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path[path.IndexOf(next)..], next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^namespace NormsEngine\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    /// <summary>A <c>using</c> line or a qualified name (<c>NormsEngine.Engine.X</c>, <c>global::NormsEngine.Rules</c>).</summary>
    [GeneratedRegex(@"\bNormsEngine\.(\w+)\b")]
    private static partial Regex Reference();
}
