using System.Reflection;
using NormsEngine.Diagnostics;
using NormsEngine.Rules;

namespace NormsEngine.Packs;

/// <summary>
/// Loads C# rule packs from an assembly: every public, non-abstract <see cref="IRulePack"/> with a parameterless
/// constructor. An assembly is trusted code: loading it runs it. Load only packs you would run as a program.
/// </summary>
public static class RulePackAssembly
{
    /// <summary>Loads the packs of the assembly at <paramref name="path"/>.</summary>
    /// <param name="path">The assembly file.</param>
    /// <returns>The packs, or an NE0101 finding saying why none could be loaded.</returns>
    public static (IReadOnlyList<IRulePack> Packs, IReadOnlyList<Finding> Errors) Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            var assembly = Assembly.LoadFrom(Path.GetFullPath(path));
            var packs = assembly.GetExportedTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRulePack).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (IRulePack)Activator.CreateInstance(t)!)
                .ToArray();
            return packs.Length > 0
                ? (packs, [])
                : ([], [Error(path, "The assembly has no public IRulePack class with a parameterless constructor.")]);
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException or TargetInvocationException or UnauthorizedAccessException or ArgumentException)
        {
            return ([], [Error(path, $"The pack assembly cannot be loaded: {(ex is TargetInvocationException { InnerException: { } inner } ? inner.Message : ex.Message)}")]);
        }
    }

    /// <summary>The finding, its message one line whatever the runtime's exception message holds (some end with a line break).</summary>
    private static Finding Error(string path, string message) =>
        new(EngineDiagnostics.PackLoadFailed, MessageText.Line(message.Trim()), new SourceLocation(path, string.Empty, 0, 0, 0, 0));
}
