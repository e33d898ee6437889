using System.Security.Cryptography;
using System.Text;

namespace NormsEngine.Engine;

/// <summary>Stable finding identities: rule ID, document and YAML path, hashed; never line numbers.</summary>
internal static class Fingerprints
{
    public static string Compute(string ruleId, string? file, int documentIndex, string path)
    {
        var document = (file ?? "<input>").Replace('\\', '/');
        var text = $"{ruleId}\n{document}#{documentIndex}\n{path}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexString(hash[..16]).ToLowerInvariant();
    }
}
