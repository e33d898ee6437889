using System.Buffers;
using System.Text;

namespace NormsEngine.Engine;

/// <summary>Stable finding identities: rule ID, document and YAML path, hashed; never line numbers.</summary>
internal static class Fingerprints
{
    /// <summary>
    /// The first 128 bits of SHA-256 over <c>"{ruleId}\n{file}#{documentIndex}\n{path}"</c> (backslashes in the file
    /// written as slashes), as 32 lowercase hex digits. Computed for every finding, so without intermediate strings,
    /// and with <see cref="Sha256"/> (no OpenSSL to load for the default output).
    /// </summary>
    public static string Compute(string ruleId, string? file, int documentIndex, string path)
    {
        var document = file ?? "<input>";
        var maxBytes = Encoding.UTF8.GetMaxByteCount(ruleId.Length + document.Length + path.Length) + 16;
        byte[]? rented = null;
        var buffer = maxBytes <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(ruleId, buffer);
            buffer[length++] = (byte)'\n';
            var start = length;
            length += Encoding.UTF8.GetBytes(document, buffer[length..]);
            buffer[start..length].Replace((byte)'\\', (byte)'/');
            buffer[length++] = (byte)'#';
            documentIndex.TryFormat(buffer[length..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
            length += digits;
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(path, buffer[length..]);
            Span<byte> hash = stackalloc byte[Sha256.HashSize];
            Sha256.HashData(buffer[..length], hash);
#if NET9_0_OR_GREATER
            return Convert.ToHexStringLower(hash[..16]);
#else
            return Convert.ToHexString(hash[..16]).ToLowerInvariant();
#endif
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
