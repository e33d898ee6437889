using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace NormsEngine.Reporting;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 section 5.5): SHA-1 over a namespace UUID and a name, so that the same name
/// always gives the same UUID. OSCAL outputs derive every UUID this way from fingerprints and stable names, never from
/// a random source or the clock, so that the same inputs give the same bytes.
/// </summary>
internal static class OscalUuid
{
    /// <summary>RFC 9562's namespace for DNS names, <c>6ba7b810-9dad-11d1-80b4-00c04fd430c8</c> (known-answer tests).</summary>
    public static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>RFC 9562's namespace for URLs, <c>6ba7b811-9dad-11d1-80b4-00c04fd430c8</c>.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The namespace of every UUID NormsEngine writes: the version 5 UUID of the project's URL in the URL namespace.</summary>
    public static readonly Guid Namespace = Guid.Parse(Create(UrlNamespace, "https://github.com/normsengine/normsengine"));

    /// <summary>A UUID of NormsEngine's namespace for <paramref name="name"/>.</summary>
    /// <param name="name">A stable name (a kind and a fingerprint, for example).</param>
    /// <returns>The UUID in lowercase 8-4-4-4-12 form.</returns>
    public static string Of(string name) => Create(Namespace, name);

    /// <summary>The version 5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="space"/>.</summary>
    /// <param name="space">The namespace UUID.</param>
    /// <param name="name">The name.</param>
    /// <returns>The UUID in lowercase 8-4-4-4-12 form.</returns>
    public static string Create(Guid space, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var length = 16 + Encoding.UTF8.GetByteCount(name);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            // The namespace in network byte order (RFC 9562 section 6.5), then the name.
            WriteBigEndian(space, buffer.AsSpan(0, 16));
            Encoding.UTF8.GetBytes(name, buffer.AsSpan(16));
            Span<byte> hash = stackalloc byte[20];

            // SHA-1 is what version 5 is defined with (RFC 9562 section 5.5); it names, it does not protect anything.
#pragma warning disable CA5350 // Do Not Use Weak Cryptographic Algorithms
            SHA1.HashData(buffer.AsSpan(0, length), hash);
#pragma warning restore CA5350
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return Format(hash[..16]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void WriteBigEndian(Guid guid, Span<byte> bytes)
    {
#if NET9_0_OR_GREATER
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
#else
        guid.TryWriteBytes(bytes);

        // Guid's own layout stores the first three fields little-endian.
        bytes[..4].Reverse();
        bytes[4..6].Reverse();
        bytes[6..8].Reverse();
#endif
    }

    private static string Format(ReadOnlySpan<byte> bytes)
    {
        const string Hex = "0123456789abcdef";
        Span<char> text = stackalloc char[36];
        var at = 0;
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                text[at++] = '-';
            }

            text[at++] = Hex[bytes[i] >> 4];
            text[at++] = Hex[bytes[i] & 0xF];
        }

        return new string(text);
    }
}
