namespace NormsEngine.Packs;

/// <summary>
/// Tells what a pack reference names, the same way for the configuration's <c>packs:</c>, the tool's <c>--pack</c>
/// and an embedding app: <c>*.dll</c> is an assembly; <c>*.yaml</c>, <c>*.yml</c> or a path with a folder in it
/// (<c>packs/contoso</c>, <c>.\packs\contoso</c>) is a YAML pack file; anything else is a pack ID such as
/// <c>paris-call</c>. Extensions are matched in any case (<c>Contoso.Norms.DLL</c>, <c>PACK.YML</c>).
/// </summary>
public static class PackReference
{
    /// <summary>What <paramref name="reference"/> names.</summary>
    /// <param name="reference">A pack ID or a pack file's path.</param>
    /// <returns>The kind of pack it names.</returns>
    public static PackReferenceKind Classify(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return PackReferenceKind.Assembly;
        }

        return reference.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || reference.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || reference.Contains('/', StringComparison.Ordinal)
            || reference.Contains('\\', StringComparison.Ordinal)
            ? PackReferenceKind.YamlFile
            : PackReferenceKind.Name;
    }

    /// <summary>Whether <paramref name="reference"/> names a file (a YAML pack or an assembly) rather than a pack by ID.</summary>
    /// <param name="reference">A pack ID or a pack file's path.</param>
    /// <returns><c>true</c> for a file.</returns>
    public static bool IsFile(string reference) => Classify(reference) != PackReferenceKind.Name;
}
