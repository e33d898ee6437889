namespace NormsEngine.Packs;

/// <summary>What a pack reference (a <c>packs:</c> entry of the configuration, a <c>--pack</c> value) names.</summary>
public enum PackReferenceKind
{
    /// <summary>A pack by its ID, such as the built-in <c>paris-call</c>; whether such a pack exists is for the caller to say.</summary>
    Name,

    /// <summary>A YAML rule pack file: a name ending in <c>.yaml</c> or <c>.yml</c>, or any path with a folder in it.</summary>
    YamlFile,

    /// <summary>A C# rule pack assembly: a name ending in <c>.dll</c>.</summary>
    Assembly,
}
