using System.Text;

namespace NormsEngine.Schemas;

/// <summary>
/// The JSON Schemas the assembly embeds (<c>src/NormsEngine/Schemas/*.schema.json</c>, see the csproj's LogicalName), by
/// name: <c>organisation</c> (practices documents), <c>rule-pack</c>, <c>configuration</c>: for editors, portals and
/// pipelines that validate inputs before they reach the engine; <c>report</c> (the JSON report): for programs that read it. A schema added to the folder is listed without code.
/// </summary>
public static class EmbeddedSchemas
{
    private const string Prefix = "NormsEngine.Schemas.";
    private const string Suffix = ".schema.json";

    /// <summary>The schemas' names, the practices document's first, then in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(EmbeddedSchemas).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .OrderBy(n => n == "organisation" ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal),
    ];

    /// <summary>The file name of a schema (<c>organisation.schema.json</c>), as published and in <c>src/NormsEngine/Schemas</c>.</summary>
    /// <param name="name">The schema's name, one of <see cref="Names"/>.</param>
    /// <returns>The file name.</returns>
    public static string FileName(string name) => name + Suffix;

    /// <summary>The text of the embedded schema <paramref name="name"/>, or <c>null</c> when there is none.</summary>
    /// <param name="name">The schema's name, one of <see cref="Names"/>.</param>
    /// <returns>The schema's JSON text, or <c>null</c>.</returns>
    public static string? Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream(Prefix + FileName(name));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return reader.ReadToEnd();
    }
}
