using System.Text;

namespace NormsEngine.TestSupport;

/// <summary>Builds YAML test inputs line by line, so that expected line numbers can be read off the source.</summary>
public static class Yaml
{
    /// <summary>The header every valid practices document starts with (lines 1 to 4).</summary>
    public static readonly string[] Header =
    [
        "apiVersion: norms/v1",
        "kind: Organisation",
        "metadata:",
        "  name: Example Org",
    ];

    /// <summary>Joins lines with LF and ends with one.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>The header followed by <paramref name="lines"/> (which start on line 5).</summary>
    public static string Document(params string[] lines) => Lines([.. Header, .. lines]);

    /// <summary>UTF-8 bytes of a text, without a BOM.</summary>
    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
