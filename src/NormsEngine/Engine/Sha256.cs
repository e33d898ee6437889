using System.Buffers.Binary;
using System.Numerics;

namespace NormsEngine.Engine;

/// <summary>
/// SHA-256 (FIPS 180-4) for finding fingerprints, written out rather than taken from the platform: on Linux the
/// platform's hash loads OpenSSL (libssl and libcrypto) on first use, about 10 ms of a 0.3 s one-document check
/// (measured), for a hash of a hundred bytes or so per finding. Per call it is slower than the platform's, which uses
/// the CPU's SHA instructions (about 0.5 µs more a document in the rules phase; the performance page has the trade).
/// The GitLab and OSCAL formats still hash with the platform: they pay for OpenSSL when they are asked for. A
/// fingerprint is an identity, not a security control; tests hold this function to the platform's on every length
/// across block boundaries and on random inputs.
/// </summary>
internal static class Sha256
{
    /// <summary>The bytes of a hash.</summary>
    public const int HashSize = 32;

    // The first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4, 4.2.2).
    private static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ];

    /// <summary>Writes the SHA-256 hash of <paramref name="source"/> into the first 32 bytes of <paramref name="destination"/>.</summary>
    public static void HashData(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, HashSize, nameof(destination));

        // The first 32 bits of the fractional parts of the square roots of the first 8 primes (5.3.3).
        Span<uint> state = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        Span<uint> schedule = stackalloc uint[64];
        var whole = source.Length / 64;
        for (var i = 0; i < whole; i++)
        {
            Compress(state, schedule, source.Slice(i * 64, 64));
        }

        // Padding (5.1.1): the last bytes, a one bit, zeros, then the message length in bits, in one or two blocks.
        Span<byte> last = stackalloc byte[128];
        last.Clear();
        var rest = source[(whole * 64)..];
        rest.CopyTo(last);
        last[rest.Length] = 0x80;
        var blocks = rest.Length + 9 <= 64 ? 1 : 2;
        BinaryPrimitives.WriteUInt64BigEndian(last.Slice((blocks * 64) - 8), (ulong)source.Length * 8);
        for (var i = 0; i < blocks; i++)
        {
            Compress(state, schedule, last.Slice(i * 64, 64));
        }

        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination.Slice(i * 4), state[i]);
        }
    }

    /// <summary>One block of 64 bytes into the state (6.2.2).</summary>
    private static void Compress(Span<uint> state, Span<uint> w, ReadOnlySpan<byte> block)
    {
        for (var t = 0; t < 16; t++)
        {
            w[t] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(t * 4));
        }

        for (var t = 16; t < 64; t++)
        {
            var s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                + ((e & f) ^ (~e & g)) + K[t] + w[t];
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
